// An async function that throws rejects its promise; a catch handles it.
async function fails() {
  await null;
  throw new TypeError('bad input');
}
fails().catch((e) => console.log(e.name, e.message));
