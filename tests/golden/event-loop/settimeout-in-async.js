const sleep = (ms, label) => new Promise((r) => setTimeout(() => { console.log('timer', label); r(); }, ms));
async function worker(name, ms) {
  console.log(name, 'start');
  await sleep(ms, name);
  console.log(name, 'after sleep');
  setTimeout(() => console.log(name, 'inner timeout'), 0);
  await null;
  console.log(name, 'after microtask');
}
worker('slow', 20);
worker('fast', 10);
worker('zero', 0);
setTimeout(() => console.log('plain timeout'), 0);
console.log('sync end');
