const nums = [1, 2, 3, 4, 5];
console.log("map:", nums.map((n) => n * n));
console.log("map args:", ["a", "b"].map((v, i, arr) => v + i + arr.length));
console.log("filter:", nums.filter((n) => n % 2 === 1));
console.log("reduce:", nums.reduce((acc, n) => acc + n));
console.log("reduce with init:", nums.reduce((acc, n) => acc + n, 100));
console.log("reduce builds object:", ["x", "y", "x"].reduce((acc, k) => ({ ...acc, [k]: (acc[k] || 0) + 1 }), {}));
console.log("reduceRight:", ["a", "b", "c"].reduceRight((acc, s) => acc + s));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("reduce empty with init:", [].reduce((a, b) => a + b, "init"));
const visited = [];
[1, , 3].forEach((v, i) => visited.push(i));
console.log("forEach skips holes:", visited);
console.log("forEach returns:", [1].forEach(() => 1));
console.log("map preserves holes:", [1, , 3].map((x) => x * 2));
console.log("map parseInt pitfall:", ["1", "2", "3"].map(parseInt));
