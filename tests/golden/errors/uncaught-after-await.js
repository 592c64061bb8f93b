async function main() {
  await null;
  throw new TypeError('after await');
}
main();
