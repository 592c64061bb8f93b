// Promise.resolve returns a native promise as is; Promise.reject makes a rejection.
const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p);
Promise.reject(new Error('refused')).catch((e) => console.log('caught', e.message));
const { promise, resolve } = Promise.withResolvers();
promise.then((v) => console.log('withResolvers', v));
resolve('done');
Promise.try(() => 'tried').then((v) => console.log(v));
