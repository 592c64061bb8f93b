console.log("Array(3):", Array(3), Array(3).length);
console.log("new Array(3):", new Array(3));
console.log("Array(1, 2):", Array(1, 2));
console.log("Array('3'):", Array("3"));
console.log("Array.of(3):", Array.of(3), Array.of(1, 2, 3), Array.of());
try {
  new Array(-1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  new Array(1.5);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("isArray:", Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray("abc"), Array.isArray(Array.prototype));
console.log("empty slots map skipped:", Array(3).map(() => 1));
console.log("fill then map:", Array(3).fill(0).map((_, i) => i * i));
