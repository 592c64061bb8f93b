// Atomics on integer typed arrays; wait and notify on a single thread.
const i32 = new Int32Array(new SharedArrayBuffer(16));
console.log(Atomics.store(i32, 0, 5.7), Atomics.load(i32, 0), Atomics.add(i32, 0, 3), Atomics.sub(i32, 0, 1));
console.log(Atomics.and(i32, 0, 6), Atomics.or(i32, 0, 8), Atomics.xor(i32, 0, 3), Atomics.exchange(i32, 0, -1), i32[0]);
console.log(Atomics.compareExchange(i32, 0, -1, 10), Atomics.compareExchange(i32, 0, 3, 11), i32[0]);
const u8 = new Uint8Array(4);
console.log(Atomics.add(u8, 0, 300), Atomics.sub(u8, 1, 1), u8, Atomics.store(u8, 2, -0));
console.log(Atomics.isLockFree(1), Atomics.isLockFree(3), Atomics.isLockFree(8), Object.prototype.toString.call(Atomics));
console.log(Atomics.notify(i32, 0, 1), Atomics.notify(new Int32Array(4), 0));
console.log(Atomics.wait(i32, 0, 0, 10), Atomics.wait(i32, 0, 11, 10));

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
t('float array', () => Atomics.add(new Float64Array(2), 0, 1));
t('clamped array', () => Atomics.load(new Uint8ClampedArray(2), 0));
t('index', () => Atomics.load(i32, 4));
t('wait not shared', () => Atomics.wait(new Int32Array(4), 0, 0));
t('wait int8', () => Atomics.wait(new Int8Array(new SharedArrayBuffer(4)), 0, 0));
t('not a typed array', () => Atomics.load([1], 0));
