globalThis.label = "global property";
const obj = {
  label: "obj",
  whoAmI() { return this.label; },
};
console.log("method call:", obj.whoAmI());
const detached = obj.whoAmI;
console.log("detached sloppy call sees globalThis:", detached());
console.log("globalThis.label:", globalThis.label);

function sloppyThis() { return this === globalThis; }
function strictThis() { "use strict"; return this; }
console.log("sloppy plain call this === globalThis:", sloppyThis());
console.log("strict plain call this:", strictThis());

const nested = { inner: { label: "inner", f: obj.whoAmI } };
console.log("nested method:", nested.inner.f());
console.log("bracket call:", obj["whoAmI"]());
console.log("parenthesized keeps this:", (obj.whoAmI)());
