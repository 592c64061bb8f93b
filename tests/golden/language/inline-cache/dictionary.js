// Objects used as maps: deleting from the middle, many keys, integer keys, and the
// spec's key order throughout.
const m = { a: 1, b: 2, c: 3 };
delete m.b;
m.d = 4;
m.b = 5;
console.log(m, Object.keys(m));

const big = {};
for (let i = 0; i < 100; i++) big['k' + i] = i;
delete big.k50;
big[3] = 'three';
big[1] = 'one';
big[Symbol.iterator] = 'sym';
big.k50 = 'back';
const keys = Reflect.ownKeys(big);
console.log(keys.length, keys.slice(0, 4), keys.slice(-3).map(String));
let sum = 0;
for (const k in big) if (typeof big[k] === 'number') sum += big[k];
console.log(sum);

// Deleting the last key and adding it back keeps a shared layout.
function f(o) {
  return o.x + o.y;
}
const p = { x: 1, y: 2 };
delete p.y;
p.y = 3;
console.log(f(p), f({ x: 10, y: 20 }), p);

// Many objects with random keys: shapes of dead objects are freed.
let total = 0;
for (let i = 0; i < 20000; i++) {
  const o = {};
  o['r' + ((i * 7919) % 10007)] = i;
  o.v = 1;
  total += o.v;
}
console.log(total);
