const big = 2n ** 100n;
console.log("power:", big);
console.log("toString:", big.toString(), String(12n));
console.log("arithmetic:", 7n + 3n, 7n - 10n, 7n * 3n, 7n / 2n, -7n / 2n, 7n % 3n, -7n % 3n);
console.log("typeof:", typeof 1n);
console.log("comparisons with number:", 1n == 1, 1n === 1, 2n > 1, 1n < 1.5);
console.log("BigInt():", BigInt(42), BigInt("9007199254740993"), BigInt.asUintN(8, 257n));
try {
  1n + 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  BigInt(1.5);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("Number(big):", Number(2n ** 64n));
console.log("bitwise:", 5n & 3n, 5n | 3n, 1n << 70n);
console.log("in template:", `${10n}`, 10n + "");
console.log("JSON throws:", (() => { try { JSON.stringify({ a: 1n }); } catch (e) { return e.name; } })());
