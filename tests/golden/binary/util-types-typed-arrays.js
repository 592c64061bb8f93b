// util.types has one check per typed array element type; each is true only for
// its own type.
const types = require("util").types;
const arrays = [
  new Uint8Array(1), new Uint8ClampedArray(1), new Uint16Array(1), new Uint32Array(1),
  new Int8Array(1), new Int16Array(1), new Int32Array(1), new Float16Array(1),
  new Float32Array(1), new Float64Array(1), new BigInt64Array(1), new BigUint64Array(1),
];
const checks = Object.keys(types).filter((k) => /^is\w+Array$/.test(k) && k !== "isTypedArray");
console.log(checks);
for (const a of arrays) {
  console.log(a.constructor.name, checks.filter((k) => types[k](a)));
}
console.log(types.isBigInt64Array([1n]), types.isBigUint64Array(new DataView(new ArrayBuffer(8))));
console.log(types.isTypedArray(new BigInt64Array(0)), types.isArrayBufferView(new BigUint64Array(0)));
