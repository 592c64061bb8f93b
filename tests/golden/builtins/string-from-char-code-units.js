// String.fromCharCode with one argument: ToUint16 of any value, for numbers in and
// out of the code-unit range, fractions, negative zero, NaN and conversions.
const inputs = [0, -0, 65, 65.99, 65535, 65535.5, 65536, 65601, -1, -65471, 2 ** 32 + 66, NaN, Infinity, -Infinity, 1e-300];
console.log(inputs.map((n) => String.fromCharCode(n).charCodeAt(0)).join(" "));
console.log(String.fromCharCode("66"), String.fromCharCode({ valueOf: () => 67.5 }), String.fromCharCode(true).charCodeAt(0));
console.log(String.fromCharCode() === "", String.fromCharCode(null).charCodeAt(0));
// Appending one code unit at a time to a string that others still read.
let s = "start:";
const seen = [];
for (let i = 0; i < 300; i++) {
  s += String.fromCharCode(48 + (i % 10));
  if (i % 100 === 99) seen.push(s);
}
console.log(seen.map((x) => x.length + ":" + x.slice(-5)).join(" "), s === seen[2]);
const fork = seen[0] + "!";
console.log(fork.slice(-6), seen[1].slice(104, 108), (seen[0] + seen[0]).length);
