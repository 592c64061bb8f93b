// queueMicrotask callbacks share the queue with promise jobs, in order.
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(function second() {
  console.log('microtask 2');
  queueMicrotask(() => console.log('nested microtask'));
});
