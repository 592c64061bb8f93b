function sum(...nums) {
  return nums.reduce((a, b) => a + b, 0);
}
console.log(sum());
console.log(sum(1, 2, 3, 4));

function first(head, ...tail) {
  return "head=" + head + " tail=" + JSON.stringify(tail);
}
console.log(first(1));
console.log(first(1, 2, 3));

console.log("Array.isArray(rest):", (function (...r) { return Array.isArray(r); })());
console.log("length ignores rest:", first.length, sum.length);

const nums = [5, 1, 4];
console.log("spread into call:", Math.max(...nums), sum(...nums, 10));

const collect = (...args) => args.length;
console.log("arrow rest:", collect("a", "b"));
