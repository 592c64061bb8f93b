// Proxies used the way programs use them: defaults, validation, negative indices,
// observable objects, and the generic algorithms reading through traps.
const withDefault = new Proxy({}, { get: (t, k) => (k in t ? t[k] : `<${String(k)}>`) });
withDefault.set = 1;
console.log(withDefault.set, withDefault.missing, withDefault[Symbol.iterator]);

const validated = new Proxy({}, {
  set(t, k, v) {
    if (typeof v !== "number") throw new TypeError(`${k} must be a number`);
    t[k] = v;
    return true;
  },
});
validated.age = 30;
try { validated.name = "x"; } catch (e) { console.log(e.message); }
console.log(validated);

const negative = (arr) => new Proxy(arr, {
  get: (t, k, r) => Reflect.get(t, typeof k === "string" && /^-\d+$/.test(k) ? String(t.length + Number(k)) : k, r),
});
const letters = negative(["a", "b", "c"]);
console.log(letters[-1], letters[0], letters.length, letters.map((x) => x.toUpperCase()), Array.isArray(letters));
console.log(letters.slice(-2), [...letters], letters.join("-"), JSON.stringify({ letters }));

const changes = [];
const observed = (o) => new Proxy(o, {
  set(t, k, v, r) { changes.push(`set ${String(k)}=${JSON.stringify(v)}`); return Reflect.set(t, k, v, r); },
  deleteProperty(t, k) { changes.push(`delete ${String(k)}`); return Reflect.deleteProperty(t, k); },
  defineProperty(t, k, d) { changes.push(`define ${String(k)}`); return Reflect.defineProperty(t, k, d); },
});
const list = observed([3, 1, 2]);
list.sort();
list.reverse();
list.splice(1, 1, "x", "y");
list.length = 2;
console.log(list, changes);

// Keys come from ownKeys in its order; enumerability from getOwnPropertyDescriptor.
const virtual = new Proxy({}, {
  ownKeys: () => ["b", "a", "hidden", Symbol.for("s")],
  getOwnPropertyDescriptor: (t, k) => (k === "hidden" ? { value: 0, enumerable: false, configurable: true } : { value: String(k).toUpperCase(), enumerable: true, configurable: true }),
  get: (t, k) => (typeof k === "string" ? k + k : "sym"),
});
console.log(Object.keys(virtual), Object.values(virtual), Object.entries(virtual));
console.log(Object.getOwnPropertyNames(virtual), Reflect.ownKeys(virtual).length, JSON.stringify(virtual));
console.log({ ...virtual }, Object.assign({}, virtual));
const seen = [];
for (const k in virtual) seen.push(k);
console.log(seen, Object.getOwnPropertyDescriptors(virtual).b);
console.log(Object.hasOwn(virtual, "zz"), Object.prototype.hasOwnProperty.call(virtual, "a"), Object.prototype.propertyIsEnumerable.call(virtual, "hidden"));

// has drives `in` and with-less lookups of names; the prototype from getPrototypeOf.
const everything = new Proxy({}, { has: () => true, getPrototypeOf: () => Array.prototype });
console.log("anything" in everything, everything instanceof Array, Array.prototype.isPrototypeOf(everything));
console.log(Object.getPrototypeOf(everything) === Array.prototype, everything.__proto__ === Object.prototype);

// A proxy on the prototype chain sees gets, sets and `in` that miss the object.
const fallback = new Proxy({}, {
  get: (t, k, r) => (typeof k === "string" ? `fallback ${k} (receiver has own: ${Object.keys(r)})` : undefined),
  has: (t, k) => k === "virtual",
  set(t, k, v, r) { Object.defineProperty(r, k, { value: v * 2, enumerable: true, writable: true, configurable: true }); return true; },
});
const child = Object.create(fallback);
child.own = 1;
console.log(child.own, child.other, "virtual" in child, "nope" in child, child);
const inherits = Object.create(new Proxy({ x: 1 }, {}));
inherits.x = 5;
console.log(inherits.x, Object.keys(inherits));

// Freezing, sealing and extensibility through the traps.
const frozen = Object.freeze(new Proxy({ a: 1, nested: {} }, {}));
console.log(Object.isFrozen(frozen), Object.isSealed(frozen), Object.isExtensible(frozen));
const sealedProxy = Object.seal(new Proxy({ a: 1 }, {}));
sealedProxy.a = 2;
console.log(Object.isSealed(sealedProxy), Object.isFrozen(sealedProxy), sealedProxy.a);

// Classes: a proxy as prototype, as `this` in methods, and fields defined on it.
class Shape {
  area() { return 0; }
}
const traced = [];
Object.setPrototypeOf(Shape.prototype, new Proxy({}, { get: (t, k) => { traced.push(String(k)); return undefined; } }));
const s = new Shape();
console.log(s.area(), s.perimeter, traced);
class Wrapped {
  field = 1;
  constructor() { return new Proxy(this, { defineProperty: (t, k, d) => { console.log("defining", k); return Reflect.defineProperty(t, k, d); } }); }
}
class Sub extends Wrapped { extra = 2; }
console.log(new Sub());

// Object.groupBy, Array.from and destructuring read through the traps too.
const iterable = new Proxy([1, 2, 3, 4], {});
console.log(Object.groupBy(iterable, (n) => (n % 2 ? "odd" : "even")), Array.from(iterable, (n) => n * n));
const [first, ...others] = iterable;
const { length, 0: zero } = iterable;
console.log(first, others, length, zero);
