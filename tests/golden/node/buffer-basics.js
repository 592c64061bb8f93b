// Buffer: creation, encodings, views and console output.
const b = Buffer.from('hello');
console.log(b, b.length, b instanceof Uint8Array, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)));
console.log(Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(b.toString(), b.toString('hex'), b.toString('base64'), b.toString('base64url'));
console.log(b.toString('utf16le'), b.toString('latin1', 1, 3), b.toString('utf8', -5, 99), b.toString('ucs2'));
console.log(Buffer.from('68656c6c6f', 'hex'), Buffer.from('aGVsbG8=', 'base64'), Buffer.from('aGVsbG8', 'base64url'));
console.log(Buffer.from('héllo €', 'latin1'), Buffer.from('hi', 'utf16le'), Buffer.from('é€', 'ascii'));
console.log(Buffer.from([0xe9, 0x41]).toString('ascii'), Buffer.from([0xe9, 0x41]).toString('binary'));
// Lenient decoders: base64 skips stray characters and stops at '='; hex stops at a bad pair.
console.log(Buffer.from('aGV sbG8=!x', 'base64'), Buffer.from('aGk-_w', 'base64'), Buffer.from('abc', 'base64'));
console.log(Buffer.from('0g1z22', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('A1b2', 'HEX'));
// UTF-8 in and out: lone surrogates and bad bytes become U+FFFD.
console.log(Buffer.from('\ud800x'), Buffer.from([0xff, 0x41, 0xe2, 0x82]).toString(), Buffer.from('€uro').toString('utf8', 0, 2));
console.log(Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('é€'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength(new ArrayBuffer(7)));
console.log(Buffer.alloc(3), Buffer.alloc(5, 'ab'), Buffer.alloc(4, 257), Buffer.alloc(6, 'aGk=', 'base64'), Buffer.allocUnsafe(3).fill(7));
const x = Buffer.from('hi');
x.foo = 1;
console.log(x, [x], { x }, Buffer.alloc(0));
console.log(Buffer.alloc(60));
console.log(Buffer.alloc(51));
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]), Buffer.concat([Buffer.from('ab')], 4), Buffer.concat([]));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(b, b));
console.log([Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare));
// slice and subarray are views on the same memory, as in Node.
const s = b.slice(1, 3);
s[0] = 0x45;
console.log(b.toString(), s, b.subarray(2), b.subarray(2) instanceof Buffer, s.constructor.name, b.slice(-2).toString());
console.log(JSON.stringify(b), b.toJSON(), JSON.parse(JSON.stringify(b), (k, v) => v && v.type === 'Buffer' ? Buffer.from(v) : v));
console.log(b.equals(Buffer.from('hEllo')), b.compare(Buffer.from('hEllo')), b.compare(Buffer.from('zz'), 0, 1, 0, 1));
console.log(b.indexOf('l'), b.lastIndexOf('l'), b.includes('ell'), b.indexOf(0x6f), b.indexOf(Buffer.from('lo')), b.indexOf('l', -2), b.indexOf('z'), b.lastIndexOf('l', 2));
const w = Buffer.alloc(10);
console.log(w.write('héllo', 1), w, w.write('abc', 8), w.write('€', 9), w.write('ff00', 0, 'hex'), w);
console.log(w.fill(0).fill('xy', 2, 7), w.fill('€'), Buffer.alloc(4).fill(Buffer.from([1, 2, 3])));
const ab = new ArrayBuffer(8);
const v = Buffer.from(ab, 2, 4);
v[0] = 9;
console.log(new Uint8Array(ab), v.byteOffset, v.buffer === ab, v.length);
console.log(Buffer.from(new Uint16Array([1, 257])), Buffer.from({ type: 'Buffer', data: [1, 2] }), Buffer.from(Buffer.from('copy')), Buffer.of(1, 2, 300));
console.log(Buffer.isEncoding('UTF-8'), Buffer.isEncoding('ucs-2'), Buffer.isEncoding('x'), Buffer.isEncoding(''));
const copied = Buffer.alloc(6);
console.log(Buffer.from('abcdef').copy(copied, 1, 2, 4), copied, Buffer.copyBytesFrom(new Uint16Array([1, 2]), 1));
const { Buffer: B2, constants, kMaxLength, INSPECT_MAX_BYTES, isUtf8, isAscii } = require('node:buffer');
console.log(B2 === Buffer, constants, kMaxLength, INSPECT_MAX_BYTES, isUtf8(Buffer.from('é')), isUtf8(Buffer.from([0xff])), isAscii(Buffer.from('a')));
class Sub extends Buffer {}
console.log(typeof Sub, Buffer.name, Buffer.poolSize);
