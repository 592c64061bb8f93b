// Strings built by appending share one buffer: each is a prefix of it. Every string
// made along the way must keep its own text, whichever one is appended to next.
const base = "0123456789".repeat(8);
let s = base;
const kept = [];
for (let i = 0; i < 20; i++) {
  s += String.fromCharCode(65 + i);
  if (i % 5 === 0) kept.push(s);
}
// Branching from an older prefix must not overwrite the newer strings.
const branch = kept[1] + "branch";
const other = kept[1] + "other";
console.log(kept.map((k) => k.slice(80)).join("|"));
console.log(branch.slice(80), other.slice(80), s.slice(80));
// Appending a string to itself, and a prefix of the same buffer to its tip.
let t = base + "!";
t = t + t;
console.log(t.length, t.slice(75, 85), t.endsWith("789!"));
const prefix = kept[0];
const tip = s + prefix;
console.log(tip.length, tip.slice(95, 105));
// Prepending stays correct (ropes), and mixes with appending.
let p = "";
for (let i = 0; i < 100; i++) p = String.fromCharCode(97 + (i % 26)) + p;
p += "END";
console.log(p.length, p.slice(0, 10), p.slice(-8));
// Wrapping on both sides.
let w = base;
for (let i = 0; i < 50; i++) w = "(" + w + ")";
console.log(w.length, w.slice(0, 52).replace(/\(/g, "").length, w.slice(-3));
// Strings used as property keys and compared after being built.
const key = base.slice(0, 30) + "key";
const obj = { [key]: 1 };
let built = base.slice(0, 30);
built += "key";
console.log(obj[built], built === key, built < key + "a");
// Unit strings are shared values but still compare as text.
console.log(String.fromCharCode(120) === "x", "xyz"[0] === "x", "é".charAt(0), "\u00ff".at(-1));
console.log(String.fromCharCode(0x263a), String.fromCharCode(0x10061), String.fromCharCode(97, 98));
// Number elements joined straight into the result.
console.log([0, -0, 1.5, -7, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21, NaN, Infinity, -1e-7].join(","));
console.log([1, , 3, null, undefined, "s", [4, [5]], { toString: () => "o" }].join("-"));
const sparse = [1, 2, 3];
Object.defineProperty(sparse, 1, { get: () => "getter" });
console.log(sparse.join("+"));
