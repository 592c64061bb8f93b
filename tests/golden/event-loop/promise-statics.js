Promise.resolve(1).then((v) => console.log('resolve', v));
Promise.reject(2).catch((v) => console.log('reject', v));
const p = Promise.resolve(3);
console.log('resolve returns the same promise', Promise.resolve(p) === p);
const { promise, resolve } = Promise.withResolvers();
promise.then((v) => console.log('withResolvers', v));
setTimeout(resolve, 5, 'later');
Promise.try(() => 'try value').then((v) => console.log('try', v));
Promise.try((a, b) => a + b, 2, 3).then((v) => console.log('try args', v));
Promise.try(() => {
  throw new Error('try threw');
}).catch((e) => console.log('try caught', e.message));
