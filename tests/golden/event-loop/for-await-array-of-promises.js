function delay(ms, v) {
  return new Promise((r) => setTimeout(() => { console.log('timer', v); r(v); }, ms));
}
async function main() {
  const items = [delay(30, 'a'), delay(10, 'b'), 'plain', Promise.resolve('resolved')];
  for await (const v of items) {
    console.log('for await', v);
  }
  console.log('done');
}
main();
console.log('sync end');
