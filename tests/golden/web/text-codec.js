// TextEncoder and TextDecoder: UTF-8 out; UTF-8, UTF-16LE and windows-1252 in; BOMs, fatal mode, streaming.
const e = new TextEncoder(); console.log(e, e.encode('hé€'), e.encodeInto('hé€', new Uint8Array(4)), e.encoding, e.encode());
const d = new TextDecoder(); console.log(d, new TextDecoder('latin1'), new TextDecoder('utf-16le', {fatal: true, ignoreBOM: true}));
console.log(d.decode(new Uint8Array([0xef,0xbb,0xbf,0x68,0xff])), d.decode(), d.decode(new Uint8Array([0xe2, 0x82]), {stream: true}), d.decode(new Uint8Array([0xac])));
for (const f of [() => new TextDecoder('foo'), () => new TextDecoder('utf8', {fatal: true}).decode(new Uint8Array([0xff])), () => d.decode('x'), () => e.encodeInto('a', [])]) try { f() } catch (x) { console.log(x.name, x.code, x.message, x.stack.split('\n')[0]) }
console.log(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0xe9, 0x9f])), new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x00, 0xd8, 0x69])), new TextDecoder('ascii').encoding, new TextDecoder('UTF8').encoding, new TextDecoder('unicode-1-1-utf-8').encoding, new TextDecoder('utf-16').encoding);
console.log(Object.prototype.toString.call(e), String(d), typeof TextEncoder.prototype.encode);
const s = new TextDecoder('utf-16le');
console.log(JSON.stringify([s.decode(new Uint8Array([0xff, 0xfe, 0x3d]), {stream: true}), s.decode(new Uint8Array([0xd8, 0x00]), {stream: true}), s.decode(new Uint8Array([0xde])), s.decode(new Uint8Array([0xff, 0xfe, 0x41, 0]))]));
console.log(new TextDecoder('utf8', {ignoreBOM: true}).decode(new Uint8Array([0xef,0xbb,0xbf,0x68])).length, d.decode(new DataView(new Uint8Array([0x68, 0x69]).buffer)), d.decode(new Uint8Array([0x68, 0x69]).buffer));
const into = new Uint8Array(5); console.log(e.encodeInto('a😀b', into), into, e.encodeInto('😀', new Uint8Array(3)));
const u8 = new TextEncoder().encode('round trip ✓'); console.log(new TextDecoder().decode(u8), u8 instanceof Uint8Array, u8.constructor.name);
