for (let i = 0; i < 3; i++) console.log("i =", i);
let out = "";
for (let i = 10; i > 0; i -= 3) out += i + " ";
console.log("countdown:", out);
let a = 0;
for (;;) {
  if (++a >= 4) break;
}
console.log("infinite loop with break:", a);
const grid = [];
for (let r = 0; r < 3; r++) {
  const row = [];
  for (let c = 0; c < 3; c++) row.push(r * c);
  grid.push(row.join(""));
}
console.log("nested:", grid.join("/"));
var v;
for (v = 0; v < 2; v++);
console.log("empty body, var after:", v);
let sum = 0;
for (let i = 0; i < 10; i++) {
  if (i % 3 === 0) continue;
  sum += i;
}
console.log("continue sum:", sum);
