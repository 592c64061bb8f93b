// BigInt64Array and BigUint64Array: storing wraps to 64 bits, reads give BigInts,
// and console.log shows them with the n suffix.
const a = new BigInt64Array([1n, -2n, 2n ** 63n]);
console.log(a);
console.log(new BigUint64Array([-1n, 5n, 2n ** 64n + 7n]));
console.log(new BigInt64Array(0), [new BigUint64Array(2)], { a: new BigInt64Array(3) });
console.log(BigInt64Array.BYTES_PER_ELEMENT, BigUint64Array.name, BigInt64Array.length);
console.log(Object.prototype.toString.call(a), a[Symbol.toStringTag]);

// Conversions: ToBigInt accepts booleans and numeric strings.
console.log(BigUint64Array.of(3n, "4", true), BigInt64Array.from(["-9", false]));
a[1] = "12";
a[5] = 3n; // out of range: converted, then ignored
console.log(a[1], a[5], Object.keys(a), Object.getOwnPropertyDescriptor(a, 0));

// Between the two BigInt types, the bits carry over.
console.log(new BigInt64Array(new BigUint64Array([2n ** 64n - 1n])));
console.log(new BigUint64Array(a.buffer, 8, 1));

// Methods compare and sort as BigInts.
const b = new BigInt64Array([5n, -3n, 10n, 0n]);
console.log(b.includes(-3n), b.includes(-3), b.indexOf(10n), b.lastIndexOf(0n), b.indexOf(5));
console.log(b.slice().sort(), b.toSorted((x, y) => (x < y ? 1 : -1)), b.join("|"), String(b));
console.log(b.map((x) => x * 2n), b.filter((x) => x > 0n), b.reduce((s, x) => s + x, 0n));
console.log(Array.from(b), [...b.entries()], b.at(-1), b.with(0, -1n), b.toReversed());
console.log(b.fill(7n, 1, 3), b.subarray(1, 3), new BigUint64Array(2).fill(-1n));
const c = new BigInt64Array(4);
c.set([1n, 2n]);
c.set(new BigInt64Array([9n]), 3);
console.log(c, c.copyWithin(0, 2));
