// Buffer's argument errors carry Node's codes and messages.
const cases = [
  () => Buffer.from(),
  () => Buffer.from(5),
  () => Buffer.alloc(-1),
  () => Buffer.alloc('x'),
  () => Buffer.allocUnsafe(NaN),
  () => Buffer.from([1]).indexOf({}),
  () => Buffer.alloc(2).readUInt32LE(0),
  () => Buffer.alloc(4).writeUInt32LE(2 ** 32),
  () => Buffer.alloc(8).writeIntLE(2 ** 47, 0, 6),
  () => Buffer.alloc(8).writeUIntBE(-1, 0, 5),
  () => Buffer.alloc(2).readUInt8(1.5),
  () => Buffer.alloc(2).readUInt8('1'),
  () => Buffer.alloc(2).readUInt8(5),
  () => Buffer.alloc(2).readUIntLE(0, 7),
  () => Buffer.alloc(2).readUIntLE(0),
  () => Buffer.concat(5),
  () => Buffer.concat([Buffer.alloc(1), 'x']),
  () => Buffer.alloc(3).swap16(),
  () => Buffer.alloc(4).swap32(),
  () => Buffer.alloc(2).fill('zz', 'hex'),
  () => Buffer.alloc(2).fill('a', 0, 5),
  () => Buffer.from('x', 'nope'),
  () => Buffer.from('x').toString('nope'),
  () => Buffer.alloc(4).writeInt8(200),
  () => Buffer.alloc(4).writeInt32BE(-(2 ** 31) - 1),
  () => Buffer.alloc(4).writeUInt16LE(70000, 1),
  () => Buffer.alloc(4).write('x', 9),
  () => Buffer.alloc(4).write(5),
  () => Buffer.byteLength(5),
  () => Buffer.from('ab').equals('ab'),
  () => Buffer.compare('a', Buffer.alloc(1)),
  () => Buffer.from('ab').copy([], 0),
  () => Buffer.from(new ArrayBuffer(4), 5),
  () => Buffer.from(new ArrayBuffer(4), 1, 9),
];
for (const f of cases) {
  try {
    console.log('no error', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
    console.log(' ', e.stack.split('\n')[0]);
  }
}
