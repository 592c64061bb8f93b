// Math functions give V8's results bit for bit (fdlibm's algorithms where V8 uses
// them): large arguments, exact cubes, and many random inputs summarised by a hash.
console.log(Math.acosh(1e308), Math.acosh(1), Math.asinh(-1e300), Math.atanh(0.5));
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2), Math.cbrt(5e-324), Math.cbrt(-0));
console.log(Math.atan2(1, -0), Math.tanh(20), Math.expm1(1e-10), Math.log2(8), Math.tan(1e10));
let seed = 12345;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const inputs = [];
for (let i = 0; i < 3000; i++) {
  const scale = [1, 10, 1000, 1e10, 1e-3, 1e100, 1e300, 1e-300][i % 8];
  inputs.push((rnd() < 0.3 ? -1 : 1) * rnd() * scale);
}
for (const f of ["acos", "asin", "atan", "cbrt", "expm1", "log", "log2", "tan", "tanh", "sqrt"]) {
  let hash = 0;
  for (const x of inputs) {
    const text = String(Math[f](x));
    for (let k = 0; k < text.length; k++) hash = (hash * 31 + text.charCodeAt(k)) >>> 0;
  }
  console.log(f, hash);
}
let hash = 0;
for (let i = 0; i + 1 < inputs.length; i++) {
  const text = String(Math.atan2(inputs[i], inputs[i + 1]));
  for (let k = 0; k < text.length; k++) hash = (hash * 31 + text.charCodeAt(k)) >>> 0;
}
console.log("atan2", hash);
console.log("exp(1) is E:", Math.exp(1), Math.exp(1) === Math.E, Math.exp(2), Math.exp(-1));
console.log("atan2 near the y axis:", Math.atan2(-846, -6.0279825e-17), Math.atan2(-0.5, -6.3e-20), Math.atan2(1e300, 1e-300), Math.atan2(-1, 0));
