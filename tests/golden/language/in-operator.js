const o = { a: 1, b: undefined };
console.log("'a' in o:", "a" in o);
console.log("'b' in o (undefined value):", "b" in o);
console.log("'c' in o:", "c" in o);
console.log("inherited toString:", "toString" in o);
const arr = ["x", "y"];
console.log("0 in arr:", 0 in arr, "'1' in arr:", "1" in arr, "2 in arr:", 2 in arr);
console.log("length in arr:", "length" in arr);
const holes = [1, , 3];
console.log("hole:", 1 in holes);
const sym = Symbol("k");
const withSym = { [sym]: 1 };
console.log("symbol key:", sym in withSym);
delete o.a;
console.log("after delete:", "a" in o);
try {
  "x" in "string";
} catch (e) {
  console.log(e.name + ": " + e.message);
}
