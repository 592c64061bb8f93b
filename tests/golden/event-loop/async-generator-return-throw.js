async function* gen() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    console.log('gen finally');
  }
}
async function main() {
  const it = gen();
  console.log(await it.next());
  console.log(await it.return('early'));
  console.log(await it.next());

  const it2 = gen();
  console.log(await it2.next());
  try {
    await it2.throw(new Error('injected'));
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log(await it2.next());

  const it3 = gen();
  console.log(await it3.return('before start'));
}
main();
