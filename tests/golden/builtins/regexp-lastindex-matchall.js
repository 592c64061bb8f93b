const g = /o/g;
const s = "foo boo";
let m;
while ((m = g.exec(s)) !== null) {
  console.log("found at", m.index, "lastIndex now", g.lastIndex);
}
console.log("reset lastIndex:", g.lastIndex);
const t = /a/g;
console.log(t.test("aa"), t.lastIndex, t.test("aa"), t.lastIndex, t.test("aa"), t.lastIndex);
const y = /\d/y;
console.log("sticky at 0:", y.exec("1a2")?.[0], y.lastIndex);
console.log("sticky at 1:", y.exec("1a2"), y.lastIndex);
y.lastIndex = 2;
console.log("sticky at 2:", y.exec("1a2")[0], y.lastIndex);
for (const match of "k1=v1;k2=v2".matchAll(/(\w+)=(\w+)/g)) {
  console.log("pair:", match[1], match[2], "at", match.index);
}
console.log([..."a1b2".matchAll(/\d/g)].map((x) => x[0]));
try {
  "x".matchAll(/x/);
} catch (e) {
  console.log("matchAll non-global:", e.name);
}
