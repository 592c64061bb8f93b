// SharedArrayBuffer: growable buffers only grow; slice copies; Atomics work on them.
const s = new SharedArrayBuffer(4, { maxByteLength: 8 });
console.log(s.byteLength, s.maxByteLength, s.growable, Object.prototype.toString.call(s));
const view = new Int32Array(s);
view[0] = 42;
s.grow(8);
console.log(s.byteLength, view.length, view[0], new Int32Array(s.slice(0, 4))[0]);
try {
  s.grow(4);
} catch (e) {
  console.log(`${e.constructor.name}: ${e.message}`);
}
try {
  ArrayBuffer.prototype.slice.call(s);
} catch (e) {
  console.log(`${e.constructor.name}: ${e.message}`);
}
console.log(new SharedArrayBuffer(2).growable, 'resize' in s, 'transfer' in s);
