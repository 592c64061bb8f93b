const o = {};
Object.defineProperty(o, "fixed", { value: 42 });
console.log("defaults are false:", Object.getOwnPropertyDescriptor(o, "fixed"));
o.fixed = 100;
console.log("non-writable ignored in sloppy:", o.fixed);
console.log("non-enumerable hidden:", Object.keys(o), JSON.stringify(o));
try {
  Object.defineProperty(o, "fixed", { value: 1 });
} catch (e) {
  console.log(e.name + ": " + e.message);
}
Object.defineProperty(o, "flex", { value: 1, writable: true, enumerable: true, configurable: true });
o.flex = 2;
console.log("writable:", o.flex, Object.keys(o));
let backing = "b";
Object.defineProperty(o, "accessor", {
  get() { return backing.toUpperCase(); },
  set(v) { backing = v; },
  enumerable: true,
});
o.accessor = "changed";
console.log("accessor:", o.accessor);
console.log("accessor descriptor:", Object.getOwnPropertyDescriptor(o, "accessor"));
Object.defineProperties(o, { p1: { value: "one", enumerable: true }, p2: { value: "two" } });
console.log("defineProperties:", o.p1, o.p2, Object.keys(o));
try {
  Object.defineProperty(o, "bad", { value: 1, get() {} });
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }));
