// %TypedArray%.prototype methods, and Array methods applied to typed arrays.
const a = new Int16Array([5, -2, 9, 0, 3]);
console.log(a.at(-1), a.at(9), a.includes(9), a.includes(9, 3), a.indexOf(0), a.lastIndexOf(5, -1), a.join('|'));
console.log(a.every((x) => x > -3), a.some((x) => x > 8), a.find((x) => x < 0), a.findIndex((x) => x === 9));
console.log(a.findLast((x) => x > 0), a.findLastIndex((x) => x > 100), a.filter((x) => x > 0), a.map((x) => x * 1000));
console.log(a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + ',' + x, ''), a.slice(1, 3), a.slice(-2));
console.log(a.toReversed(), a.toSorted(), a.toSorted((x, y) => y - x), a.with(0, 100), a);
console.log([...a.entries()].join(' '), [...a.keys()], [...a.values()], a[Symbol.iterator] === a.values);
console.log(new Float64Array([3, NaN, -0, 0, -Infinity, 1]).sort(), new Uint8Array([10, 9, 1]).sort((x, y) => x - y));
console.log(a.toString(), a.toLocaleString(), a.toString === Array.prototype.toString);
let visited = [];
a.forEach(function (x, i) { visited.push(`${i}:${x}:${this.tag}`); }, { tag: 't' });
console.log(visited.join(' '));

const f = new Uint8Array(6);
console.log(f.fill(7, 1, 3), f.fill(1, -2), f.copyWithin(0, 3), f.reverse());
const overlap = new Uint8Array([1, 2, 3, 4, 5]);
console.log(overlap.copyWithin(1, 0, 4), overlap.copyWithin(0, 2));

const target = new Float32Array(5);
target.set([1, 2]);
target.set(new Int8Array([-1, -2]), 3);
console.log(target);
const shared = new Uint8Array([1, 2, 3, 4, 5, 6]);
shared.set(shared.subarray(0, 4), 2);
console.log(shared);
const sub = shared.subarray(1, -1);
sub[0] = 99;
console.log(sub, sub.byteOffset, shared[1], shared.subarray(4, 1).length);

console.log(Uint8Array.from([1, 2, 3], (x) => x * 2), Int8Array.from({ length: 2, 0: 5 }), Float32Array.of(0.5, 2));
console.log(Array.from(a), [...a], Array.prototype.map.call(a, (x) => x + 1), Array.prototype.slice.call(a, 1, 3));
for (const x of new Uint8Array([4, 2])) console.log('for-of', x);

// Species: a subclass's results are instances of the subclass.
class Bytes extends Uint8Array {}
const bytes = new Bytes([1, 2, 3]);
console.log(bytes.map((x) => x * 2), bytes.filter((x) => x > 1) instanceof Bytes, bytes.subarray(1) instanceof Bytes);
class Other extends Uint8Array { static get [Symbol.species]() { return Int32Array; } }
console.log(new Other([1, 2]).slice(0, 1));

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
t('set negative offset', () => new Uint8Array(2).set([1], -1));
t('set too long', () => new Uint8Array(2).set([1, 2, 3]));
t('with out of range', () => new Uint8Array(2).with(2, 1));
t('sort comparator', () => new Uint8Array(2).sort(1));
t('map callback', () => new Uint8Array(1).map(1));
t('reduce empty', () => new Uint8Array(0).reduce((x) => x));
t('not a typed array', () => Uint8Array.prototype.map.call([1], (x) => x));
t('length receiver', () => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length').get.call([]));
class Short extends Uint8Array { static get [Symbol.species]() { return function () { return new Uint8Array(1); }; } }
t('species too short', () => new Short(3).map((x) => x));
