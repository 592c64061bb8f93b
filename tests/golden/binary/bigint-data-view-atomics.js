// DataView's BigInt accessors and Atomics on BigInt64Array / BigUint64Array.
const dv = new DataView(new ArrayBuffer(16));
dv.setBigInt64(0, -5n);
dv.setBigUint64(8, 2n ** 64n + 3n, true);
console.log(dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigInt64(8, true), dv.getBigUint64(8));
console.log(dv.getUint8(7), dv.getUint8(8), DataView.prototype.getBigInt64.length, DataView.prototype.setBigUint64.length);
for (const f of [() => dv.setBigInt64(0, 1), () => dv.getBigUint64(9), () => dv.setBigInt64(0, "z")]) {
  try {
    f();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}

const s = new BigInt64Array(new SharedArrayBuffer(16));
console.log(Atomics.store(s, 0, 2n ** 64n + 5n), Atomics.add(s, 0, 3n), Atomics.load(s, 0));
console.log(Atomics.sub(s, 0, 10n), Atomics.load(s, 0), Atomics.and(s, 0, 0xffn), Atomics.or(s, 1, 6n));
console.log(Atomics.xor(s, 1, 3n), Atomics.exchange(s, 1, -1n), Atomics.compareExchange(s, 1, -1n, 42n), s);
console.log(Atomics.wait(s, 0, 0n, 0), Atomics.wait(s, 0, 254n, 0), Atomics.notify(s, 0));
const u = new BigUint64Array(new SharedArrayBuffer(8));
console.log(Atomics.sub(u, 0, 1n), u[0], Atomics.compareExchange(u, 0, -1n, 1n), u);
console.log(Atomics.add(new BigInt64Array(1), 0, 2n ** 63n), Atomics.add(new BigInt64Array([2n ** 63n - 1n]), 0, 1n));
for (const f of [
  () => Atomics.add(s, 0, 1),
  () => Atomics.wait(u, 0, 0n, 0),
  () => Atomics.wait(new BigInt64Array(1), 0, 0n, 0),
]) {
  try {
    f();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
