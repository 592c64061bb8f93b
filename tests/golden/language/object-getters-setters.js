const temp = {
  _c: 25,
  get fahrenheit() { return this._c * 9 / 5 + 32; },
  set fahrenheit(f) { this._c = (f - 32) * 5 / 9; },
  get readOnly() { return "ro"; },
};
console.log("get:", temp.fahrenheit);
temp.fahrenheit = 212;
console.log("after set, celsius:", temp._c);
temp.readOnly = "changed";
console.log("assigning getter-only (sloppy) is ignored:", temp.readOnly);
const desc = Object.getOwnPropertyDescriptor(temp, "fahrenheit");
console.log("descriptor has get/set:", typeof desc.get, typeof desc.set, "value" in desc);
function strictAssign() {
  "use strict";
  try {
    temp.readOnly = 1;
  } catch (e) {
    console.log("strict:", e.name + ": " + e.message);
  }
}
strictAssign();
let log = [];
const lazy = {
  get value() {
    log.push("computed");
    return 7;
  },
};
lazy.value; lazy.value;
console.log("getter runs each access:", log.length);
