async function f() {
  const p = Promise.resolve('v');
  const v = await p;
  console.log('after await', v);
}
f();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
console.log('sync');
