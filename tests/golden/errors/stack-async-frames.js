// After an await, the stack goes on with the async functions waiting on the one that
// runs (`at async name (place of its await)`) and the combinators they wait in.
// Node shows absolute paths and frames of its own (node:...): keep the script's.
const frames = (e) =>
  e.stack
    .split('\n')
    .filter((l) => !l.includes('node:'))
    .map((l) => l.replace(/\/\S*\//, ''))
    .join('\n');
const log = (e) => console.log(frames(e));

async function inner() {
  await null;
  throw new Error('inner');
}
async function middle() {
  await inner();
}
async function outer() {
  try {
    await middle();
  } catch (e) {
    log(e);
  }
}

async function element(i) {
  await null;
  if (i === 1) throw new Error('element ' + i);
  return i;
}
async function viaAll() {
  await Promise.all([element(0), element(1)]);
}
async function viaAllSettled() {
  const results = await Promise.allSettled([element(0), element(1)]);
  log(results[1].reason);
}
async function rejects(i) {
  await null;
  throw new Error('any ' + i);
}
async function viaAny() {
  try {
    await Promise.any([rejects(0), rejects(1)]);
  } catch (e) {
    log(e.errors[1]);
  }
}
async function viaRace() {
  await Promise.race([element(1)]);
}
async function thenChain() {
  await Promise.resolve().then(() => { throw new Error('in then'); });
}
async function syncThrow() {
  throw new Error('before any await');
}
async function callsSyncThrow() {
  await syncThrow();
}
class Task {
  async run() {
    await null;
    log(new Error('method'));
  }
  static async start() {
    await new Task().run();
  }
}
async function* produce() {
  await null;
  log(new Error('async generator'));
  yield 1;
}
async function consume() {
  const it = produce();
  await it.next();
}
const arrow = async () => {
  await null;
  log(new Error('arrow'));
};
async function callsArrow() {
  await arrow();
}
async function returnsPromise() {
  return inner();
}
async function awaitsReturned() {
  await returnsPromise();
}
async function main() {
  await outer();
  try { await viaAll(); } catch (e) { log(e); }
  await viaAllSettled();
  await viaAny();
  try { await viaRace(); } catch (e) { log(e); }
  try { await thenChain(); } catch (e) { log(e); }
  try { await callsSyncThrow(); } catch (e) { log(e); }
  await Promise.resolve().then(function handler() { log(new Error('then handler')); });
  await Task.start();
  await consume();
  await callsArrow();
  try { await awaitsReturned(); } catch (e) { log(e); }
}
main();
