const o = { b: 2, a: 1, 3: "three", 1: "one" };
console.log("keys:", Object.keys(o));
console.log("values:", Object.values(o));
console.log("entries:", Object.entries(o));
console.log("of array:", Object.keys(["x", "y"]), Object.values(["x", "y"]));
console.log("of string:", Object.keys("ab"), Object.entries("ab"));
const withHidden = Object.defineProperty({ shown: 1 }, "hidden", { value: 2, enumerable: false });
console.log("skips non-enumerable:", Object.keys(withHidden));
console.log("getOwnPropertyNames includes it:", Object.getOwnPropertyNames(withHidden));
const sym = Symbol("s");
const withSym = { [sym]: 1, plain: 2 };
console.log("skips symbols:", Object.keys(withSym), Object.getOwnPropertySymbols(withSym));
console.log("fromEntries:", Object.fromEntries([["x", 1], ["y", [2]]]));
console.log("round trip:", Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10])));
try {
  Object.keys(null);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
