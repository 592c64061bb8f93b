async function f() {
  console.log('f start');
  await 1;
  console.log('f after await 1');
  await undefined;
  console.log('f after await 2');
}
f();
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'));
console.log('sync end');
