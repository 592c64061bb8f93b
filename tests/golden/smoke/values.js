// Primitives and a small computation, printed one per line.
const xs = [1, 2, 3];
let sum = 0;
for (const x of xs) sum += x * x;
console.log(sum);
console.log("a" + "b", true, null, undefined);
