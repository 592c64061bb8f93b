const proto = { kind: "proto" };
const obj = Object.create(proto);
console.log("getPrototypeOf:", Object.getPrototypeOf(obj) === proto);
const other = { kind: "other" };
Object.setPrototypeOf(obj, other);
console.log("after setPrototypeOf:", obj.kind);
console.log("isPrototypeOf:", other.isPrototypeOf(obj), Object.prototype.isPrototypeOf(obj));
console.log("primitives:", Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("s") === String.prototype);
console.log("array proto:", Object.getPrototypeOf([]) === Array.prototype);
console.log("function proto:", Object.getPrototypeOf(function () {}) === Function.prototype);
try {
  const a = {};
  const b = Object.create(a);
  Object.setPrototypeOf(a, b);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("toString tags:", Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(1));
console.log("hasOwnProperty vs in:", obj.hasOwnProperty("kind"), "kind" in obj);
console.log("propertyIsEnumerable:", [1].propertyIsEnumerable(0), [1].propertyIsEnumerable("length"));
