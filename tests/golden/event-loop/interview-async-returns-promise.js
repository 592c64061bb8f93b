async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() {
  console.log('async2 start');
  return Promise.resolve().then(() => console.log('async2 inner then'));
}
console.log('script start');
setTimeout(() => console.log('timeout'), 0);
async1();
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'))
  .then(() => console.log('p4'));
queueMicrotask(() => console.log('qm'));
console.log('script end');
