const o = { a: 1, b: 2 };
console.log("delete o.a:", delete o.a, JSON.stringify(o));
console.log("delete missing:", delete o.zzz);
const arr = [1, 2, 3];
console.log("delete arr[1]:", delete arr[1]);
console.log("array after delete:", arr, "length:", arr.length);
const frozen = Object.freeze({ k: 1 });
console.log("delete frozen prop (sloppy):", delete frozen.k, frozen.k);
function strictDelete() {
  "use strict";
  try {
    delete frozen.k;
  } catch (e) {
    console.log("strict:", e.name + ": " + e.message);
  }
}
strictDelete();
let local = 1;
console.log("delete identifier (sloppy):", delete local, local);
globalThis.implicit = 2;
console.log("delete global property:", delete globalThis.implicit, typeof implicit);
console.log("delete non-reference:", delete 5);
const proto = { inherited: true };
const child = Object.create(proto);
console.log("delete inherited:", delete child.inherited, child.inherited);
