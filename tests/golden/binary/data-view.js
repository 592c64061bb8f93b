// DataView: every getter and setter in both byte orders, Float16, bounds.
const buf = new ArrayBuffer(16);
const dv = new DataView(buf, 2, 12);
console.log(dv.byteOffset, dv.byteLength, dv.buffer === buf);

const kinds = ['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float16', 'Float32', 'Float64'];
for (const k of kinds) {
  for (const little of [false, true]) {
    dv[`set${k}`](0, -1234.5678, little);
    const bytes = [...new Uint8Array(buf, 2, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
    console.log(k, little, dv[`get${k}`](0, little), dv[`get${k}`](0, !little), bytes);
  }
}
dv.setUint16(0, 0x1234);
console.log(dv.getUint8(0).toString(16), dv.getUint16(0, true).toString(16));
dv.setFloat16(0, 65520);
console.log(dv.getFloat16(0), Math.f16round(65519.99), Math.f16round(1 + 2 ** -11), Math.f16round(5e-8));

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
t('past the end', () => dv.getInt32(10));
t('negative index', () => dv.getInt8(-1));
t('not a buffer', () => new DataView({}));
t('offset outside', () => new DataView(buf, 17));
t('length outside', () => new DataView(buf, 8, 9));
t('call', () => DataView(buf));
t('receiver', () => DataView.prototype.getInt8.call(new Uint8Array(2), 0));

// Views on resizable buffers track or go out of bounds.
const rab = new ArrayBuffer(8, { maxByteLength: 16 });
const tracking = new DataView(rab, 4);
const fixedView = new DataView(rab, 2, 4);
rab.resize(12);
console.log(tracking.byteLength, fixedView.byteLength);
rab.resize(5);
console.log(tracking.byteLength);
t('out of bounds', () => fixedView.byteLength);
t('out of bounds get', () => fixedView.getInt8(0));
rab.transfer();
t('detached', () => tracking.getInt8(0));
t('detached construct', () => new DataView(rab));
