// Buffer's 64-bit BigInt readers and writers, and their range and offset errors.
const b = Buffer.alloc(16);
console.log(b.writeBigInt64LE(-2n), b.writeBigUInt64BE(2n ** 64n - 3n, 8), b);
console.log(b.readBigInt64LE(), b.readBigUInt64LE(), b.readBigInt64BE(8), b.readBigUInt64BE(8));
console.log(b.readBigUint64LE(0), b.writeBigUint64LE(5n, 1), b.readBigInt64LE(1), b.readBigInt64BE(1));
for (const f of [
  () => b.writeBigInt64LE(2n ** 63n),
  () => b.writeBigInt64BE(-(2n ** 63n) - 1n),
  () => b.writeBigUInt64LE(-1n),
  () => b.writeBigUInt64BE(2n ** 64n),
  () => b.writeBigInt64LE(1),
  () => b.writeBigInt64LE(1n, 9),
  () => b.readBigInt64LE(9),
  () => b.readBigUInt64BE("1"),
  () => b.readBigInt64LE(1.5),
  () => Buffer.alloc(4).readBigInt64LE(),
]) {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
