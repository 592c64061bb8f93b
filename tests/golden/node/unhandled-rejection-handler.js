process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise instanceof Promise));
const p = Promise.reject(new Error('r1'));
Promise.reject(42);
// A handler attached in a microtask is in time.
const q = Promise.reject(new Error('in time'));
Promise.resolve().then(() => q.catch(() => console.log('q caught')));
setTimeout(() => p.catch(() => console.log('catch ran')), 10);
