"use strict";
try {
  undeclaredVariable = 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const frozen = Object.freeze({ a: 1 });
try {
  frozen.a = 2;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  frozen.b = 2;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const ro = {};
Object.defineProperty(ro, "fixed", { value: 1, writable: false });
try {
  ro.fixed = 2;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  "str".length = 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
function whoIsThis() { return this; }
console.log("this in plain call:", whoIsThis());
