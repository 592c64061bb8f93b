// process.nextTick callbacks run before promise jobs once a callback returns: the tick
// queue drains first (ticks queued by ticks included), then the microtask queue; a
// tick queued by a job waits until the microtask queue is empty.
Promise.resolve().then(function p1() {
  console.log('p1');
  process.nextTick(() => console.log('tick from p1'));
  Promise.resolve().then(() => console.log('p2 from p1'));
});
process.nextTick(function t1() {
  console.log('t1');
  Promise.resolve().then(() => console.log('p3 from t1'));
  process.nextTick(() => console.log('t2 from t1'));
});
console.log('sync');
