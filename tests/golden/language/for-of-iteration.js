for (const x of [10, 20, 30]) console.log("array item", x);
const s = "a😀b";
console.log("string length (UTF-16 units):", s.length);
for (const ch of s) console.log("char", ch, "length", ch.length);
console.log("spread count:", [...s].length);
for (const [i, v] of ["p", "q"].entries()) console.log("entry", i, v);
for (const x of [, "after hole"]) console.log("hole gives", x);
const arr = [1, 2];
for (const x of arr) {
  if (arr.length < 4) arr.push(x * 10);
  console.log("live iteration", x);
}
let total = 0;
for (let x of [1, 2, 3]) {
  x *= 2;
  total += x;
}
console.log("total:", total);
const notIterable = { a: 1 };
try {
  for (const x of notIterable) console.log(x);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
