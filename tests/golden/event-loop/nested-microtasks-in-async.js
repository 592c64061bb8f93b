async function f() {
  console.log('f start');
  queueMicrotask(() => {
    console.log('qm 1');
    queueMicrotask(() => console.log('qm 1.1'));
    Promise.resolve().then(() => console.log('then inside qm 1'));
  });
  await null;
  console.log('f after first await');
  Promise.resolve().then(() => {
    console.log('then from f');
    return Promise.resolve().then(() => console.log('nested then'));
  }).then(() => console.log('after nested'));
  await null;
  console.log('f after second await');
}
f();
queueMicrotask(() => console.log('qm top'));
console.log('sync end');
