// Equality and ordering between BigInts, Numbers and strings (IsLooselyEqual,
// IsLessThan with StringToBigInt), and SameValue in collections.
const pairs = [
  [1n, 1],
  [1n, 1.5],
  [2n, 1.5],
  [-1n, -Infinity],
  [1n, Infinity],
  [1n, NaN],
  [2n ** 64n, 2 ** 64],
  [2n ** 64n + 1n, 2 ** 64],
  [10n, "10"],
  [10n, "0xa"],
  [10n, " 10 "],
  [10n, "1e1"],
  [10n, "x"],
  [0n, ""],
  [1n, true],
  [0n, false],
  [1n, Object(1n)],
  [3n, 2n],
];
for (const [a, b] of pairs) {
  console.log(
    typeof a,
    typeof b,
    [a == b, a != b, a === b, a < b, a <= b, a > b, a >= b, b < a, b > a].join(" "),
  );
}
console.log(0n ? "truthy" : "falsy", 1n ? "truthy" : "falsy", !!-1n);
console.log([1n, 2n].includes(2n), [1n].indexOf(1n), [0n].includes(-0n));
const m = new Map();
m.set(1n, "a").set(1n, "b").set(BigInt(1), "c");
console.log(m.size, m.get(1n), new Set([1n, 1, "1"]).size);
console.log(Object.is(1n, 1n), Object.is(1n, 1));
console.log([3n, 1n, 2n, -5n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
