// How console.log shows binary data, as Node's util.inspect does.
console.log(new Uint8Array([1, 2, 3]), new Float64Array([1.5, -0, NaN]), new Uint8Array(0));
console.log(new Uint8Array(120));
console.log(new Uint16Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 300]));
const b = new ArrayBuffer(4);
new Uint8Array(b).set([1, 2, 255]);
console.log(b, [b], { b });
console.log(new SharedArrayBuffer(3), new ArrayBuffer(2, { maxByteLength: 4 }));
console.log(new ArrayBuffer(130));
const gone = new ArrayBuffer(2);
gone.transfer();
console.log(gone);
console.log(new DataView(b, 1));
console.log([new Int16Array(2)], { t: new Float32Array([0.1]) }, { a: { b: { c: new Uint8Array(2) } } });
const named = new Uint8Array(3);
named.x = 1;
console.log(named);
class Bytes extends Uint8Array {}
console.log(new Bytes(2));
console.log(Uint8Array, Atomics, new Float16Array([1.5, 2]));
