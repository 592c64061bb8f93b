// Offsets and lengths at the edges of ToIndex's range throw or clamp, never crash.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
t('offset', () => new Uint8Array(new ArrayBuffer(8), 2 ** 53 - 1));
t('subarray', () => new Uint8Array(8).subarray(2 ** 60, -(2 ** 60)).length);
t('getInt8', () => new DataView(new ArrayBuffer(8)).getInt8(2 ** 53 - 1));
t('copyWithin', () => new Uint8Array(8).copyWithin(2 ** 60, -Infinity).length);
t('maxByteLength', () => new ArrayBuffer(0, { maxByteLength: 2 ** 53 - 1 }).maxByteLength);
t('length', () => new Uint8Array(2 ** 53));
t('fill', () => new Int8Array(4).fill(1, -Infinity, Infinity));
t('at', () => new Int8Array(4).at(-Infinity));
t('set', () => new Int8Array(4).set([], Infinity));
