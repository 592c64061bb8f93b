const o = { b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", 1.5: "float", z: 3 };
o[1] = "one";
o.c = 4;
const keys = [];
for (const k in o) keys.push(k);
console.log("for-in:", keys.join(" "));
console.log("Object.keys:", Object.keys(o).join(" "));

const parent = { inheritedA: 1, shared: "parent" };
const child = Object.create(parent);
child.own = 1;
child.shared = "child";
const seen = [];
for (const k in child) seen.push(k);
console.log("with inherited:", seen.join(" "));

Object.defineProperty(child, "hidden", { value: 1, enumerable: false });
const visible = [];
for (const k in child) visible.push(k);
console.log("non-enumerable skipped:", visible.join(" "));

const arr = ["x", "y"];
arr.extra = "prop";
const arrKeys = [];
for (const k in arr) arrKeys.push(k + ":" + typeof k);
console.log("array for-in:", arrKeys.join(" "));
for (const k in "hi") console.log("string index", k);
for (const k in null) console.log("never");
console.log("for-in over null does nothing");
