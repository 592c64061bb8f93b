// A then handler that returns a promise: the derived promise follows it.
Promise.resolve(1)
  .then((v) => new Promise((resolve) => setTimeout(() => resolve(v + 1), 3)))
  .then((v) => console.log('followed', v));
Promise.resolve().then(() => console.log('meanwhile'));
