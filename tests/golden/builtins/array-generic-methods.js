const arrayLike = { 0: "a", 1: "b", 2: "c", length: 3 };
console.log("map:", Array.prototype.map.call(arrayLike, (s) => s.toUpperCase()));
console.log("filter:", Array.prototype.filter.call(arrayLike, (s) => s !== "b"));
console.log("slice:", Array.prototype.slice.call(arrayLike, 1));
console.log("indexOf:", Array.prototype.indexOf.call(arrayLike, "c"));
console.log("join string:", Array.prototype.join.call("xyz", "+"));
console.log("reverse string chars via from:", Array.from("xyz").reverse().join(""));
function args() {
  return Array.prototype.reduce.call(arguments, (a, b) => a + b, 0);
}
console.log("arguments:", args(1, 2, 3));
console.log("length coerced:", Array.prototype.slice.call({ length: "2", 0: "p", 1: "q", 2: "r" }));
console.log("missing length:", Array.prototype.slice.call({ 0: "ignored" }));
