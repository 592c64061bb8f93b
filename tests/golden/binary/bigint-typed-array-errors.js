// Number and BigInt elements never mix: each case is a TypeError (or the
// SyntaxError of a string that is no BigInt).
const cases = [
  ["new BigInt64Array([1])", () => new BigInt64Array([1])],
  ["new BigInt64Array(['x'])", () => new BigInt64Array(["x"])],
  ["store a Number", () => { new BigInt64Array(1)[0] = 1; }],
  ["store a BigInt in Float64Array", () => { new Float64Array(1)[0] = 1n; }],
  ["from a Uint8Array", () => new BigInt64Array(new Uint8Array(1))],
  ["into a Uint8Array", () => new Uint8Array(new BigInt64Array(1))],
  ["set from Uint8Array", () => new BigInt64Array(1).set(new Uint8Array(1))],
  ["set from a Number array", () => new BigUint64Array(1).set([1])],
  ["fill with a Number", () => new BigInt64Array(1).fill(1)],
  ["with a Number", () => new BigInt64Array(1).with(0, 1)],
  ["undefined", () => BigInt64Array.of(undefined)],
  ["a Symbol", () => BigUint64Array.of(Symbol("s"))],
  ["seal", () => Object.seal(new BigInt64Array(1))],
  ["call", () => BigInt64Array(1)],
];
for (const [name, f] of cases) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, "->", `${e.name}: ${e.message}`);
  }
}
// Sealing or freezing an empty one is allowed.
console.log(Object.isFrozen(Object.freeze(new BigUint64Array(0))));
