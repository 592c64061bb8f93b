// Resolving with a thenable defers to its then in a job of its own; resolving with a
// native promise costs two ticks.
new Promise((resolve) => resolve({ then: (r) => r('thenable') })).then((v) =>
  console.log(v),
);
new Promise((resolve) => resolve(Promise.resolve('native'))).then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
