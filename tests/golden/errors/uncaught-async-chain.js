async function load(name) {
  await null;
  throw new Error(`cannot load ${name}`);
}
async function loadAll(names) {
  return Promise.all(names.map((n) => load(n)));
}
async function main() {
  await loadAll(['a', 'b']);
}
main();
