// Array.fromAsync: async and sync iterables, array-likes, mapping, `this` as a
// constructor, its errors (all rejections), and how many ticks it takes.
const m = (p) => p.then(v => console.log('ok', v), e => console.log(e.constructor.name + ': ' + e.message));
(async () => {
await m(Array.fromAsync(undefined));
await m(Array.fromAsync(null));
await m(Array.fromAsync([1], 5));
await m(Array.fromAsync({[Symbol.asyncIterator]: 1}));
await m(Array.fromAsync({[Symbol.asyncIterator]() { return 1; }}));
await m(Array.fromAsync({[Symbol.iterator]() { return 1; }}));
await m(Array.fromAsync({[Symbol.asyncIterator]() { return { next() { return 1; } }; }}));
await m(Array.fromAsync({[Symbol.iterator]() { return { next() { return 1; } }; }}));
await m(Array.fromAsync({length: 2, 0: Promise.resolve(1), 1: 2}));
await m(Array.fromAsync('ab', (x, i) => x + i));
await m(Array.fromAsync([Promise.resolve(3), 4], async x => x * 2));
await m(Array.fromAsync.call(function C(n) { this.n = n; }, {length: 1, 0: 'x'}));
await m(Array.fromAsync([1], function () { throw new Error('mapfn'); }));
console.log(Array.fromAsync.length, Array.fromAsync.name, String(Array.fromAsync));
try {
  await Array.fromAsync([1], function () { throw new Error('mapfn'); });
} catch (e) {
  // No frame for Array.fromAsync, and no async frames past it, as in V8.
  console.log(e.stack.split('\n').length);
}

// Ticks: each value and each mapped result is awaited once, interleaved with another
// promise chain.
const log = [];
let n = 0;
const tick = () => { log.push(`tick ${++n}`); if (n < 12) Promise.resolve().then(tick); };
Promise.resolve().then(tick);
await Array.fromAsync([1, Promise.resolve(2)], async (x) => { log.push(`map ${x}`); return x; });
log.push('done');
await Array.fromAsync({ length: 1, 0: 'a' });
log.push('array-like done');
console.log(log.join(', '));

// A closed iterator when the mapping fails.
const iterable = {
  [Symbol.iterator]() {
    return {
      next: () => ({ value: 1, done: false }),
      return() { console.log('return called'); return {}; },
    };
  },
};
await m(Array.fromAsync(iterable, () => { throw new TypeError('no'); }));
const asyncIterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next: async () => ({ value: i++, done: i > 3 }),
    };
  },
};
await m(Array.fromAsync(asyncIterable));
})();
