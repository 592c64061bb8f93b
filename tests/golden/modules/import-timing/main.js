// When the body of a module loaded by import() runs and when its promise settles,
// against the caller's own promises, ticks, immediates and timers.
const log = console.log;

// Counts microtask turns: each step queues the next.
globalThis.turn = 0;
function countTurns(n) {
  globalThis.turn = 0;
  const step = () => {
    if (++globalThis.turn < n) Promise.resolve().then(step);
  };
  Promise.resolve().then(step);
}

function first() {
  log('--- order');
  import('./a.mjs').then((ns) => log('a settled', ns.x));
  Promise.resolve()
    .then(() => log('then 1'))
    .then(() => log('then 2'))
    .then(() => log('then 3'))
    .then(() => log('then 4'))
    .then(() => log('then 5'));
  process.nextTick(() => log('nextTick'));
  setImmediate(() => log('immediate'));
  setTimeout(() => {
    log('timeout');
    second();
  }, 0);
  import('./b.mjs').then((ns) => log('b settled', ns.y));
  import('./fails.mjs').then(
    () => log('fails settled'),
    (e) => log('fails rejected:', e.message),
  );
  import('./c.cjs').then((ns) => log('c settled', ns.default));
  import('node:path').then((ns) => log('path settled', typeof ns.join));
  import('./missing.mjs').catch((e) => log('missing rejected:', e.code, e.url.endsWith('/missing.mjs')));
  log('sync code after import()');
}

// The microtask turn each step happens at.
function second() {
  log('--- turns');
  countTurns(100);
  import('./deep.mjs').then(() => log('deep settled at turn', turn));
  import('./a.mjs').then(() => log('a (loaded) settled at turn', turn));
  import('./b.mjs').then(() => log('b (loaded) settled at turn', turn));
  import('./tla.mjs').then((ns) => log('tla settled at turn', turn, ns.default));
  import('./cycle-a.mjs').then((ns) => log('cycle-a settled at turn', turn, ns.b));
  import('./missing.mjs').catch(() => log('missing rejected at turn', turn));
  import('./fails.mjs').catch(() => log('fails (again) rejected at turn', turn));
  import({ toString() { throw new Error('no name'); } }).catch((e) =>
    log('specifier rejected at turn', turn, e.message),
  );
  setTimeout(third, 0);
}

// The same module twice in a row, before it has loaded.
function third() {
  log('--- twice');
  countTurns(100);
  const one = import('./twice.mjs');
  const two = import('./twice.mjs');
  log('same promise:', one === two);
  one.then((ns) => log('first settled at turn', turn));
  two.then((ns) => log('second settled at turn', turn, ns === globalThis.twiceNs));
  one.then((ns) => { globalThis.twiceNs = ns; });
}

setTimeout(first, 0);
