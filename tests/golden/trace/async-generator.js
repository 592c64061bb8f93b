// for await over an async generator: each step is a request the generator answers.
async function* count() {
  yield 1;
  await null;
  yield 2;
}
async function main() {
  for await (const n of count()) console.log('got', n);
  console.log('done');
}
main();
