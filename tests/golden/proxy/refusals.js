"use strict";
// Who is blamed when an operation on a proxy fails: the trap when it answered falsish,
// else the target the proxy forwarded to, in the target's own words.
const refuse = { set: () => false, deleteProperty: () => false, defineProperty: () => false, setPrototypeOf: () => false };
const cases = [
  () => { new Proxy(Object.freeze({ x: 1 }), {}).x = 2; },
  () => { new Proxy(Object.preventExtensions({}), {}).y = 2; },
  () => { new Proxy(Object.defineProperty({}, "g", { get() {} }), {}).g = 2; },
  () => { delete new Proxy(Object.freeze({ x: 1 }), {}).x; },
  () => { Object.defineProperty(new Proxy(Object.freeze({ x: 1 }), {}), "x", { value: 3 }); },
  () => { Object.defineProperty(new Proxy(Object.preventExtensions({}), {}), "x", { value: 3 }); },
  () => { Object.setPrototypeOf(new Proxy(Object.preventExtensions({}), {}), null); },
  () => { Object.create(new Proxy(Object.freeze({ x: 1 }), {})).x = 2; },
  () => { [].push.call(new Proxy(Object.freeze([]), {}), 1); },
  () => { [].pop.call(new Proxy(Object.freeze([1]), {})); },
  () => { new Proxy({}, refuse).x = 1; },
  () => { delete new Proxy({ x: 1 }, refuse).x; },
  () => { Object.defineProperty(new Proxy({}, refuse), "x", { value: 1 }); },
  () => { Object.setPrototypeOf(new Proxy({}, refuse), null); },
  () => { new Proxy(new Proxy({}, refuse), {}).x = 1; },
  () => { new Proxy(new Proxy(Object.freeze({ x: 1 }), {}), {}).x = 2; },
  // A refusal that was not an error leaves nothing behind for the next failure.
  () => { Reflect.set(new Proxy({}, refuse), "x", 1); new Proxy(Object.freeze({ x: 1 }), {}).x = 2; },
  // A trap that refuses inside another trap which then succeeds.
  () => {
    const inner = new Proxy({}, refuse);
    const outer = new Proxy({}, { set(t, k, v) { Reflect.set(inner, k, v); return Reflect.set(t, k, v); } });
    outer.z = 1;
    return outer.z;
  },
];
for (const f of cases) {
  try {
    console.log("ok", f());
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
