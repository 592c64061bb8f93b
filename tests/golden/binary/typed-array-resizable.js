// Length-tracking views, out-of-bounds views, and detached buffers.
const rab = new ArrayBuffer(4, { maxByteLength: 8 });
const tracking = new Uint8Array(rab);
const tail = new Uint16Array(rab, 2);
const fixed = new Uint8Array(rab, 1, 2);
new Uint8Array(rab).set([1, 2, 3, 4]);
console.log(tracking.length, tail.length, fixed.length, tracking);
rab.resize(8);
console.log(tracking.length, tail.length, fixed.length, tracking);
rab.resize(2);
console.log(tracking.length, tail.length, tail.byteOffset, tail.byteLength, fixed.length, fixed.byteOffset);
console.log(fixed[0], 0 in fixed, Object.keys(fixed), tracking.subarray(1).length);

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
t('out of bounds map', () => fixed.map((x) => x));
t('out of bounds iterate', () => [...fixed]);
rab.resize(4);
console.log(fixed, fixed.length);

// A callback that shrinks the buffer makes later reads undefined.
const seen = [];
tracking.forEach((x, i) => {
  if (i === 0) rab.resize(2);
  seen.push(x);
});
console.log(seen);

// Detaching: reads are undefined, writes are ignored, methods throw.
const ab = new ArrayBuffer(4);
const u = new Uint8Array(ab);
const it = u.values();
ab.transfer();
u[0] = 1;
console.log(u[0], u.length, u.byteLength, u.byteOffset, 0 in u, u);
t('detached fill', () => u.fill(1));
t('detached set', () => u.set([1]));
t('detached iterator', () => it.next());
t('detached construct', () => new Uint8Array(ab));
t('detached copy', () => new Uint8Array(u));
t('prevent extensions', () => Reflect.preventExtensions(tracking));
