// join throws V8's RangeError when its separators alone would pass the longest string
// (2**29 - 24 code units), after reading the first element as V8 does, without
// building anything.
const separator = "-".repeat(64);
const holes = new Array(2 ** 23 + 1);
holes[0] = { toString() { console.log("first element read"); return "x"; } };
try {
  holes.join(separator);
} catch (e) {
  console.log(e.name, e.message);
}
const arrayLike = { length: 2 ** 23 + 1, get 0() { console.log("getter 0"); return 1; } };
try {
  Array.prototype.join.call(arrayLike, separator);
} catch (e) {
  console.log(e.name, e.message);
}
// Short joins of holes are unaffected.
console.log(new Array(2 ** 20).join("").length, new Array(5).join("ab"));
