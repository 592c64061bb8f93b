// ArrayBuffer: construction, slice, resize, transfer and detach, isView, species.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};

const b = new ArrayBuffer(8);
new Uint8Array(b).set([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(b.byteLength, b.maxByteLength, b.resizable, b.detached);
console.log(new Uint8Array(b.slice(2, -2)), new Uint8Array(b.slice(-3)));
console.log(b.slice(5, 1).byteLength, ArrayBuffer.isView(b), ArrayBuffer.isView(new DataView(b)));
console.log(Object.prototype.toString.call(b), ArrayBuffer[Symbol.species] === ArrayBuffer);

// Resizable buffers keep their contents and zero what they gain.
const r = new ArrayBuffer(2, { maxByteLength: 6 });
new Uint8Array(r).set([9, 8]);
r.resize(4);
console.log(r.byteLength, r.maxByteLength, r.resizable, new Uint8Array(r));
r.resize(1);
console.log(new Uint8Array(r));

// transfer moves the bytes and detaches the source.
const moved = b.transfer();
console.log(b.detached, b.byteLength, b.maxByteLength, moved.byteLength, new Uint8Array(moved)[7]);
const grown = moved.transfer(12);
console.log(grown.byteLength, new Uint8Array(grown)[11], grown.resizable);
const keepsMax = r.transfer(5);
console.log(keepsMax.resizable, keepsMax.maxByteLength, keepsMax.byteLength);
const fixed = keepsMax.transferToFixedLength();
console.log(fixed.resizable, fixed.byteLength);

t('slice detached', () => b.slice());
t('transfer detached', () => b.transfer());
t('resize fixed', () => fixed.resize(1));
t('resize past max', () => new ArrayBuffer(1, { maxByteLength: 2 }).resize(3));
t('negative length', () => new ArrayBuffer(-1));
t('max below length', () => new ArrayBuffer(4, { maxByteLength: 2 }));
t('call', () => ArrayBuffer(1));
t('getter receiver', () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call({}));
t('too large', () => new ArrayBuffer(2 ** 40));

// A species constructor decides what slice makes, within limits.
class Tracked extends ArrayBuffer {}
console.log(new Tracked(4).slice(1) instanceof Tracked);
const self = new ArrayBuffer(4);
self.constructor = { [Symbol.species]: function () { return self; } };
t('species returns this', () => self.slice());
const small = new ArrayBuffer(4);
small.constructor = { [Symbol.species]: function () { return new ArrayBuffer(1); } };
t('species too small', () => small.slice());
