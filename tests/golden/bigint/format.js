// util.format's specifiers with BigInt arguments: %d, %i and %s keep the `n`,
// %f reads the digits as a float.
const util = require("util");
console.log(util.format("%d %i %s %f", 5n, -6n, 7n, 8n));
console.log("%d items", 2n ** 64n);
console.log(util.inspect(Object(3n)), util.inspect([Object(-1n)]));
console.log(util.types.isBigIntObject(Object(1n)), util.types.isBigIntObject(1n), util.types.isBoxedPrimitive(Object(1n)));
console.log(util.isDeepStrictEqual(1n, 1n), util.isDeepStrictEqual(1n, 2n));
