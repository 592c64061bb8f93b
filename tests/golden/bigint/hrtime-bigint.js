// process.hrtime.bigint(): nanoseconds as a BigInt, on the same clock as hrtime().
const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
console.log(typeof a, b >= a, a > 0n);
const [s, ns] = process.hrtime();
const c = process.hrtime.bigint();
console.log(c >= BigInt(s) * 1000000000n + BigInt(ns));
console.log(process.hrtime.bigint.name, process.hrtime.bigint.length);
