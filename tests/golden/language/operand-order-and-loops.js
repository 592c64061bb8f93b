// Operands read from locals, relational jumps and loops tested at the bottom.
const log = [];
const v = (name, value) => ({ valueOf() { log.push(name); return value; } });

// A left operand is read before the right one assigns it.
let a = 1;
console.log(a + (a = 10), a);
let h = 2, x = 0;
console.log(h * (x = 5), h, x);
let i = 0;
console.log((++i) + (i = 10), i);

// A computed key is read before the value assigns it.
const arr = [];
let k = 1;
arr[k] = (k = 2);
arr[++k] = ++k;
console.log(arr, k);
let p = 0;
const u = [10, 20, 30, 40];
console.log(u[++p] + u[++p], p);

// `var` initialisers that read the variable itself.
function vars() {
  var n = n + 1;
  var o = { get q() { throw new Error('getter'); } };
  var y = 'before';
  for (let t = 0; t < 2; t++) {
    try {
      var y = o.q;
    } catch (e) {
      console.log(e.message, y);
    }
  }
  var m = [1, 2, 3];
  var m = m[m.length - 1];
  return [n, m];
}
console.log(vars());

// Prefix updates convert once; postfix ones keep the converted old value.
let c = v('c', 5);
console.log(++c, c);
const obj = { n: v('n', 7) };
console.log(++obj.n, obj.n, obj.n++ , obj.n);
let big = 10n;
console.log(++big, big--, big);
try {
  let s = Symbol('s');
  ++s;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(log.join(' '));

// Relational jumps: NaN, strings, BigInts and the order of conversions.
const pairs = [[1, 2], [2, 1], [2, 2], [NaN, 1], [1, NaN], ['a', 'b'], ['10', '9'], [1n, 2], [2, 1n], [undefined, 0], [null, 0]];
for (const [l, r] of pairs) {
  const out = [];
  if (l < r) out.push('<');
  if (l <= r) out.push('<=');
  if (l > r) out.push('>');
  if (l >= r) out.push('>=');
  if (!(l < r)) out.push('!<');
  if (!(l <= r)) out.push('!<=');
  console.log(String(l), String(r), out.join(' '));
}
log.length = 0;
if (v('L', 1) <= v('R', 2)) log.push('le');
if (v('L', 1) > v('R', 2)) log.push('gt');
if (v('L', 1) >= v('R', 2)) log.push('ge');
console.log(log.join(' '));

// Loops: continue, break, labels, per-iteration bindings, empty and constant tests.
const fns = [];
for (let j = 0; j <= 4; j++) {
  if (j === 1) continue;
  if (j === 4) break;
  fns.push(() => j);
}
console.log(fns.map((f) => f()));
let w = 0;
const seen = [];
outer: while (w < 5) {
  w++;
  let z = 0;
  while (true) {
    z++;
    if (z > 2) continue outer;
    if (w === 4) break outer;
    seen.push(`${w}.${z}`);
  }
}
console.log(seen.join(' '), w);
let d = 10;
do {
  d -= 3;
} while (d >= 2);
console.log(d);
let e = 0;
do e++; while (!(e > 3));
console.log(e);
let f = 0;
for (;;) {
  if (++f > 5) break;
}
console.log(f);
let g = 0;
for (; g != null && g < 3; ) g++;
console.log(g);
let count = 0;
for (let q = 5; q > 0; q -= 2) count++;
for (let q = 0; q < 3n; q++) count++;
for (let q = 0; q >= 1; q++) count++;
console.log(count);
