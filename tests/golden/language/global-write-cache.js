// Writes to global-object properties from one site, while the property changes
// under it: each write must see the property as it is now.
function put(v) {
  counter = v;
  return counter;
}
globalThis.counter = 0;
for (let i = 1; i <= 3; i++) put(i);
console.log("plain:", counter);

// Made read-only: the write is ignored (sloppy), then throws in strict code.
Object.defineProperty(globalThis, "counter", { writable: false });
console.log("read-only:", put(10), counter);
function putStrict(v) {
  "use strict";
  counter = v;
}
try {
  putStrict(11);
} catch (e) {
  console.log(e.constructor.name + ":", e.message);
}

// Replaced by an accessor: the setter runs.
delete globalThis.counter;
let seen = [];
Object.defineProperty(globalThis, "counter", {
  configurable: true,
  get() { return seen.length; },
  set(v) { seen.push(v); },
});
put(20);
put(21);
console.log("accessor:", seen, counter);

// Deleted and recreated at another position: the write lands on the new property.
delete globalThis.counter;
globalThis.other = "x";
globalThis.counter = 5;
delete globalThis.other;
put(30);
console.log("recreated:", counter, Object.keys(globalThis).includes("other"));

// Deleted: a sloppy write creates it again, a strict one throws.
delete globalThis.counter;
put(40);
console.log("created again:", counter);
delete globalThis.counter;
try {
  putStrict(41);
} catch (e) {
  console.log(e.constructor.name + ":", e.message);
}
