// Leaving a for await by a throw awaits the iterator's return() result, ignores what
// it throws or rejects with, and goes on with the original throw.
const it = {
  [Symbol.asyncIterator]() { return this; },
  next() { return Promise.resolve({ value: 1, done: false }); },
  return() { console.log('return called'); return { then(r) { console.log('then of return result'); r({ done: true }); } }; },
};
async function f() {
  try {
    for await (const x of it) { throw new Error('boom'); }
  } catch (e) { console.log('caught', e.message); }
}
f();
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
const it2 = {
  [Symbol.asyncIterator]() { return this; },
  next() { return Promise.resolve({ value: 1, done: false }); },
  return() { throw new Error('return threw'); },
};
(async () => { try { for await (const x of it2) { throw new Error('body'); } } catch (e) { console.log('caught2', e.message); } })();
const it3 = {
  [Symbol.asyncIterator]() { return this; },
  next() { return Promise.resolve({ value: 1, done: false }); },
  return() { return Promise.reject(new Error('rejected return')); },
};
(async () => { try { for await (const x of it3) { throw new Error('body3'); } } catch (e) { console.log('caught3', e.message); } })();
