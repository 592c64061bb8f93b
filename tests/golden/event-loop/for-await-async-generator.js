async function* gen() {
  console.log('gen start');
  yield 1;
  await null;
  console.log('gen after await');
  yield 2;
  yield Promise.resolve(3);
  console.log('gen end');
}
async function main() {
  for await (const v of gen()) {
    console.log('got', v);
  }
  console.log('loop done');
}
main();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
console.log('sync end');
