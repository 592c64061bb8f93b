// Buffer's integer and float accessors and byte swaps.
const n = Buffer.alloc(8);
console.log(n.writeUInt32LE(0xdeadbeef), n, n.readUInt32LE(0), n.readUInt32BE(0), n.readInt32LE(0));
console.log(n.readUInt16BE(1), n.readUInt16LE(1), n.readInt16BE(0), n.readInt8(0), n.readUint8(3), n.readUint32LE());
console.log(n.writeDoubleBE(Math.PI), n, n.readDoubleBE(0), n.readDoubleLE(0), n.readFloatLE(0));
console.log(n.writeFloatLE(1.5, 4), n.readFloatLE(4), n.writeFloatBE(-0.1, 0), n.readFloatBE(0));
console.log(n.writeIntBE(-2, 0, 6), n, n.readIntBE(0, 6), n.readUIntLE(0, 6), n.readUIntBE(1, 3), n.readIntLE(0, 1));
console.log(n.writeUIntLE(2 ** 48 - 1, 2, 6), n, n.readUIntLE(2, 6), n.readIntLE(2, 6));
console.log(n.writeInt16LE(-300, 2), n.readInt16LE(2), n.writeInt16BE(-300, 2), n.readInt16BE(2), n.writeUInt16BE(0xabcd), n.readUint16BE());
console.log(n.writeInt8(-1, 7), n.readUInt8(7), n.writeUInt8(255, 7), n.readInt8(7), n.writeInt32BE(-5, 4), n.readInt32BE(4), n.writeUint32BE(7, 4), n.readUInt32BE(4));
console.log(Buffer.from([1, 2, 3, 4]).swap16(), Buffer.from([1, 2, 3, 4]).swap32(), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
console.log(typeof n.readUint16LE, n.readUint16LE === n.readUInt16LE, n.writeUintBE === n.writeUIntBE);
