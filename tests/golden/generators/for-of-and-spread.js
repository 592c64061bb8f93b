function* letters() {
  yield "a";
  yield "b";
  yield "c";
  return "ignored";
}
for (const ch of letters()) {
  console.log("for-of got", ch);
}
console.log("spread:", [...letters()]);
console.log("Array.from:", Array.from(letters(), (s) => s.toUpperCase()));
const [first, ...rest] = letters();
console.log("destructured:", first, rest);
console.log("max of spread:", Math.max(...(function* () { yield 3; yield 9; yield 4; })()));
console.log("new Set:", new Set(letters()).size);
const g = letters();
console.log("iterator is itself:", g[Symbol.iterator]() === g);
console.log("spread twice:", [...g], [...g]);
