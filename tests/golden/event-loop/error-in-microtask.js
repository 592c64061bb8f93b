queueMicrotask(() => {
  console.log('microtask');
  throw new RangeError('in a microtask');
});
queueMicrotask(() => console.log('never: next microtask'));
