// Property keys made at run time are interned while something uses them and
// collected after: a key whose text comes back must name the same property again,
// and a key still held (by an object, a Map of strings, a symbol's description, a
// compiled name) must keep its text.
const kept = {};
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < 20000; i++) {
    const o = {};
    o["tmp" + i] = i;
    if (o["tmp" + i] !== i) throw new Error("lost tmp" + i);
  }
  kept["kept" + round] = round;
}
console.log(Object.keys(kept), kept.kept0, kept["kept" + 2]);

// Keys that died and were made again: fresh objects, shapes and caches agree.
function make(i) {
  const o = {};
  o["again" + (i % 7)] = i;
  return o;
}
let last;
for (let i = 0; i < 50000; i++) last = make(i);
console.log(JSON.stringify(last), "again6" in last, last.again6);

// Keys from JSON.parse and computed class members outlive their source text.
const parsed = JSON.parse('{"alpha": 1, "beta": {"gamma": [1, 2]}}');
for (let i = 0; i < 30000; i++) ({})["junk" + i] = i;
console.log(parsed.alpha, parsed.beta.gamma, Object.keys(parsed.beta));
const name = ["com", "puted"].join("");
class C {
  [name + "Method"]() {
    return "method";
  }
  static [name + "Static"] = "static";
}
for (let i = 0; i < 30000; i++) ({})["junk" + i] = i;
console.log(new C().computedMethod(), C.computedStatic, Object.getOwnPropertyNames(C.prototype));

// A string interned as a key keeps its atom while the string lives.
const text = "st" + "ill" + "here".repeat(2);
const holder = { [text]: true };
const map = new Map([[text, "value"]]);
for (let i = 0; i < 30000; i++) ({})["junk" + i] = i;
console.log(holder[text], map.get("stillherehere"), Object.keys(holder)[0] === text);

// for-in over keys made at run time, with collections in the middle of the loop.
const wide = {};
for (let i = 0; i < 5; i++) wide["w" + i] = i;
const seen = [];
for (const k in wide) {
  for (let i = 0; i < 20000; i++) ({})["junk" + i] = i;
  seen.push(k + "=" + wide[k]);
}
console.log(seen.join(" "));
