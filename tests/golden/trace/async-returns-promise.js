// An async function that returns a promise resolves with it: two extra ticks.
async function returnsValue() {
  return 1;
}
async function returnsPromise() {
  return Promise.resolve(2);
}
returnsPromise().then((v) => console.log('promise', v));
returnsValue().then((v) => console.log('value', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
