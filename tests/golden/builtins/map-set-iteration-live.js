const m = new Map([["one", 1]]);
let count = 0;
for (const [k, v] of m) {
  console.log("visit", k, v);
  if (count++ < 2) m.set(k + "+", v + 1);
}
console.log("final keys:", [...m.keys()]);

const s = new Set([1, 2, 3]);
for (const x of s) {
  console.log("set visit", x);
  if (x === 1) s.delete(2);
}
const it = new Map([["k", "v"]])[Symbol.iterator]();
console.log(it.next(), it.next());
console.log("grouped:", Map.groupBy([1, 2, 3, 4], (n) => (n % 2 ? "odd" : "even")));
console.log("to object:", Object.fromEntries(new Map([["a", 1], ["b", 2]])));
console.log("from object:", new Map(Object.entries({ x: 1 })));
