queueMicrotask(() => console.log('micro 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('micro 2');
  queueMicrotask(() => console.log('micro nested'));
});
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
