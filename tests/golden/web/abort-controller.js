// AbortController and AbortSignal: abort reasons, the 'abort' event and onabort,
// throwIfAborted, AbortSignal.abort/timeout/any, and signals given to timers,
// events.once/on and fs.promises.readFile.
const { setTimeout: sleep, setImmediate: nextImmediate, setInterval: every } =
  require('timers/promises');
const { once, on, EventEmitter, addAbortListener } = require('events');
const fs = require('fs');

const ac = new AbortController();
console.log(ac, ac.signal, Object.prototype.toString.call(ac.signal));
ac.signal.onabort = (e) => console.log('onabort', e.type, e.isTrusted, e.constructor.name);
ac.signal.addEventListener('abort', (e) => console.log('listener', e.target === ac.signal));
const any = AbortSignal.any([ac.signal, new AbortController().signal]);
any.onabort = () => console.log('any aborted with', any.reason);
console.log(typeof ac.signal.onabort, any.aborted);
console.log({ a: { b: { s: ac.signal, c: ac } } }, require('util').inspect(ac, { depth: 0 }));
ac.abort('why');
ac.abort('again');
console.log(ac.signal, ac.signal.reason, ac.signal.aborted, any.aborted);
try {
  ac.signal.throwIfAborted();
} catch (e) {
  console.log('threw', e);
}

const plain = new AbortController();
plain.abort();
const reason = plain.signal.reason;
console.log(reason instanceof DOMException, reason.name, reason.message, reason.code);
console.log(AbortSignal.abort().reason.name, AbortSignal.abort(42).reason);
console.log(AbortSignal.any([AbortSignal.abort(1), AbortSignal.abort(2)]).reason);
console.log(AbortSignal.any([]).aborted);
new AbortController().signal.throwIfAborted();
console.log(Object.getOwnPropertyNames(AbortSignal.prototype),
  Object.getOwnPropertyNames(AbortSignal));
const h = new AbortController();
h.signal.onabort = () => console.log('first handler');
h.signal.onabort = () => console.log('second handler replaces it');
h.signal.onabort = null;
console.log(h.signal.onabort);
h.signal.onabort = () => console.log('third handler');
h.abort();

for (const f of [
  () => new AbortSignal(),
  () => AbortSignal.timeout(-1),
  () => AbortSignal.timeout('1'),
  () => AbortSignal.any(1),
  () => AbortSignal.any([1]),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

async function main() {
  const t = AbortSignal.timeout(10);
  t.onabort = () => console.log('timeout:', t.reason.name, t.reason.message, t.reason.code);
  await sleep(20);

  const c1 = new AbortController();
  const p1 = sleep(1000, 'value', { signal: c1.signal });
  c1.abort();
  await p1.catch((e) => console.log(e.name, e.code, e.message, e.cause.name));
  await sleep(5, 'x', { signal: AbortSignal.abort('early') })
    .catch((e) => console.log('pre-aborted:', e.code, e.cause));
  const c2 = new AbortController();
  const p2 = nextImmediate('v', { signal: c2.signal });
  c2.abort('stop');
  await p2.catch((e) => console.log('immediate:', e.code, e.cause));
  const c3 = new AbortController();
  let n = 0;
  try {
    for await (const v of every(1, 'tick', { signal: c3.signal })) {
      console.log(v, ++n);
      if (n === 2) {
        c3.abort();
      }
    }
  } catch (e) {
    console.log('interval:', e.code);
  }

  const ee = new EventEmitter();
  const c4 = new AbortController();
  const p4 = once(ee, 'go', { signal: c4.signal });
  c4.abort('no go');
  await p4.catch((e) => console.log('once:', e.name, e.code, e.cause));
  const c5 = new AbortController();
  setTimeout(() => {
    ee.emit('item', 1);
    ee.emit('item', 2);
    c5.abort();
  }, 1);
  try {
    for await (const [item] of on(ee, 'item', { signal: c5.signal })) {
      console.log('item', item);
    }
  } catch (e) {
    console.log('on:', e.code);
  }
  const c6 = new AbortController();
  const disposable = addAbortListener(c6.signal, () => console.log('abort listener'));
  console.log(typeof disposable[Symbol.dispose]);
  c6.abort();

  const c7 = new AbortController();
  const read = fs.promises.readFile(__filename, { signal: c7.signal });
  c7.abort();
  await read.catch((e) => console.log('readFile:', e.name, e.code));
  await fs.promises.readFile(__filename, { signal: AbortSignal.abort() })
    .catch((e) => console.log('readFile pre-aborted:', e.name, e.code));
  const text = await fs.promises.readFile(__filename, { encoding: 'utf8', signal: new AbortController().signal });
  console.log('read', text.length > 0);
}
main();
