const o = { a: 1 };
console.log("has:", Reflect.has(o, "a"), Reflect.has(o, "toString"));
console.log("get/set:", Reflect.get(o, "a"), Reflect.set(o, "b", 2), o);
console.log("ownKeys:", Reflect.ownKeys({ z: 1, 1: 2, [Symbol("s")]: 3 }));
console.log("defineProperty returns boolean:", Reflect.defineProperty(Object.freeze({}), "x", { value: 1 }));
console.log("deleteProperty:", Reflect.deleteProperty(o, "a"), o);
console.log("apply:", Reflect.apply(Math.max, null, [1, 3, 2]));
class P { constructor(x) { this.x = x; } }
console.log("construct:", Reflect.construct(P, [5]));
console.log("getPrototypeOf:", Reflect.getPrototypeOf([]) === Array.prototype);
try {
  Reflect.get(1, "x");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
