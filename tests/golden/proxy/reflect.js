// Reflect: the thirteen internal methods as functions, on ordinary objects, arrays,
// string wrappers and proxies, and their errors for non-objects.
const o = { a: 1 };
console.log(Reflect.get(o, "a"), Reflect.set(o, "b", 2), o.b, Reflect.has(o, "b"));
console.log(Reflect.ownKeys({ b: 1, 2: 0, a: 1, 1: 0, [Symbol.iterator]: 0 }));
console.log(Reflect.defineProperty(o, "c", { value: 3 }), Reflect.getOwnPropertyDescriptor(o, "c"));
console.log(Reflect.defineProperty(o, "c", { value: 4 }), Reflect.deleteProperty(o, "c"), Reflect.deleteProperty(o, "a"));
console.log(Reflect.getPrototypeOf(o) === Object.prototype, Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o), Reflect.set(o, "z", 1));
console.log(Reflect.setPrototypeOf(o, {}), Reflect.setPrototypeOf(Object.prototype, {}), Reflect.setPrototypeOf(Object.prototype, null));
const cycle = {};
console.log(Reflect.setPrototypeOf(Object.prototype.constructor.prototype, cycle), Reflect.setPrototypeOf(cycle, Object.create(cycle)));
// Receivers: getters and setters see the receiver; set creates the property on it.
const withAccessors = {
  get who() { return this.name; },
  set who(v) { this.seen = v; },
};
const receiver = { name: "receiver" };
console.log(Reflect.get(withAccessors, "who", receiver), Reflect.set(withAccessors, "who", 7, receiver), receiver.seen);
const target = { x: 1 };
const other = {};
console.log(Reflect.set(target, "x", 2, other), target.x, other.x);
console.log(Reflect.set(target, "y", 2, 1), Reflect.set(Object.freeze({ x: 1 }), "x", 2));
const accessorReceiver = Object.defineProperty({}, "x", { get() { return 1; }, configurable: true });
console.log(Reflect.set({ x: 0 }, "x", 5, accessorReceiver), Reflect.set({ x: 0 }, "x", 5, Object.freeze({ x: 0 })));
// Arrays and strings.
const arr = [1, 2, 3];
console.log(Reflect.set(arr, "length", 1), arr, Reflect.defineProperty(arr, "length", { value: 5, writable: false }), arr.length);
console.log(Reflect.set(arr, 7, 1), Reflect.defineProperty(arr, "7", { value: 1 }), arr.length);
try { Reflect.defineProperty([], "length", { value: -1 }); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
const str = new String("hi");
console.log(Reflect.ownKeys(str), Reflect.getOwnPropertyDescriptor(str, "0"), Reflect.defineProperty(str, "0", { value: "h" }), Reflect.defineProperty(str, "0", { value: "x" }));
console.log(Reflect.deleteProperty(str, "length"), Reflect.has(str, "1"), Reflect.set(str, "0", "z"), str[0]);
// apply and construct.
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.apply(function () { return this; }, 5, []) instanceof Number);
class Base { constructor() { this.made = new.target.name; } }
class Derived extends Base {}
console.log(Reflect.construct(Base, [], Derived), Reflect.construct(Date.now ? Array : Array, [3]).length);
// Through a proxy with no traps: the target's answer.
const p = new Proxy({ k: 1 }, {});
console.log(Reflect.ownKeys(p), Reflect.get(p, "k"), Reflect.set(p, "k", 2), Reflect.has(p, "k"), Reflect.deleteProperty(p, "k"), Reflect.ownKeys(p));
// Errors.
const calls = [
  () => Reflect.get(1, "a"),
  () => Reflect.set(null, "a", 1),
  () => Reflect.has("s", "length"),
  () => Reflect.ownKeys(undefined),
  () => Reflect.getPrototypeOf(1),
  () => Reflect.setPrototypeOf({}, 1),
  () => Reflect.setPrototypeOf(1, null),
  () => Reflect.defineProperty({}, "a", 1),
  () => Reflect.deleteProperty(true, "a"),
  () => Reflect.isExtensible(1),
  () => Reflect.preventExtensions(1),
  () => Reflect.getOwnPropertyDescriptor(1, "a"),
  () => Reflect.apply(1),
  () => Reflect.apply(Math.max, null, 1),
  () => Reflect.construct(() => {}, []),
  () => Reflect.construct(Base, [], Math.max),
];
for (const c of calls) {
  try {
    console.log(c());
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
console.log(Object.prototype.toString.call(Reflect), Object.keys(Reflect).length, Object.getOwnPropertyNames(Reflect).length);
