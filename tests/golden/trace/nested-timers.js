// A timer set by a timer callback counts from when it was set.
setTimeout(() => {
  console.log('outer');
  setTimeout(() => console.log('inner'), 0);
  Promise.resolve().then(() => console.log('outer microtask'));
}, 1);
setTimeout(() => console.log('second outer'), 1);
