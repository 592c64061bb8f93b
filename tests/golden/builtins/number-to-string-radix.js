// Number.prototype.toString(radix) gives V8's digits: fraction digits down to the
// value's precision with the last one rounded half to even, zeros for integer
// digits below 2^53 precision.
const shown = [5e-324, 1e21, 123.456, 0.1, -255.5, 2 ** 60, 1 / 3, 1e-7, 0.5, -0, 2 ** 53 + 2];
for (const v of shown) {
  console.log(String(v).padEnd(24), [2, 3, 8, 16, 36].map((r) => v.toString(r)).join(" | ").slice(0, 160));
}
console.log((5e-324).toString(2).length, Number.MAX_VALUE.toString(36).length);
console.log((255).toString(16), (-8).toString(2), (0.5).toString(2), (35.999).toString(36));
// Many more values, summarised by a hash of all their digits.
let seed = 7;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
let hash = 0;
let count = 0;
for (let i = 0; i < 2000; i++) {
  const v = (rnd() - 0.3) * [1, 1e3, 1e-3, 1e15, 1e-10, 1e25, 1e100][i % 7];
  for (const r of [2, 3, 7, 8, 16, 20, 36]) {
    const text = v.toString(r);
    for (let k = 0; k < text.length; k++) hash = (hash * 31 + text.charCodeAt(k)) >>> 0;
    count++;
  }
}
console.log(count, hash);
