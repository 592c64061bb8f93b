Promise.resolve('passes through')
  .then(null)
  .then(42)
  .then(undefined, () => console.log('not called'))
  .then((v) => console.log(v));
Promise.reject(new Error('rejection passes through'))
  .then(() => console.log('not called'))
  .then(null, 'not a function')
  .catch((e) => console.log(e.message));
