// BigInt literals in every radix, with separators, and how console.log shows them.
console.log(0n, 10n, -10n, 0x1fn, 0XFFn, 0o17n, 0b101n, 1_000_000n);
console.log(123456789012345678901234567890n);
console.log(0xffff_ffff_ffff_ffff_ffffn);
console.log(typeof 1n, typeof Object(1n), typeof BigInt(1));
console.log([1n, -2n, { a: 3n, b: [4n] }]);
console.log(new Map([[1n, 2n]]), new Set([5n, 5n, 6n]));
console.log(Object(1n), [Object(-7n)]);
console.log({ 1n: "key from a BigInt literal", 0x10n: "hex" });
console.log(`${12n} and ${-3n}`, 1n + "", "" + 2n, String(3n));
const o = { 1: "one" };
console.log(o[1n], 1n in o, Object.keys({ [2n]: true }));
console.log(require("util").inspect({ big: 2n ** 70n }));
console.log(-0n, Object.is(0n, -0n), 1n === 1n, 1n === 2n);
