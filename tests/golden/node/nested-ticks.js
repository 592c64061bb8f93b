// Ticks queued by ticks run in the same pass, before any promise job; a tick queued
// by a promise job waits until the microtask queue is empty.
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick from p1'));
  Promise.resolve().then(() => console.log('p2 from p1'));
});
process.nextTick(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('p3 from t1'));
  process.nextTick(() => {
    console.log('t2 from t1');
    process.nextTick(() => console.log('t3 from t2'));
  });
});
process.nextTick((a, b) => console.log('tick args', a, b), 'x', 42);
console.log('sync');
