async function f() {
  console.log('f before await');
  await null;
  console.log('f after await');
  throw new Error('late throw');
}
f().catch((e) => console.log('caught:', e.message));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
console.log('sync end');
