// Proxy.revocable: the result's shape, revocation, and every operation on a revoked
// proxy.
const r = Proxy.revocable({ a: 1 }, {});
console.log(Object.keys(r), typeof r.revoke, r.revoke.length, JSON.stringify(r.revoke.name));
console.log(Object.getOwnPropertyDescriptor(r, "proxy").enumerable, r.proxy.a);
console.log(r.revoke(), r.revoke());
const ops = {
  get: (p) => p.a,
  set: (p) => { p.a = 2; },
  has: (p) => "a" in p,
  deleteProperty: (p) => delete p.a,
  ownKeys: (p) => Object.keys(p),
  getOwnPropertyDescriptor: (p) => Object.getOwnPropertyDescriptor(p, "a"),
  defineProperty: (p) => Object.defineProperty(p, "a", { value: 1 }),
  getPrototypeOf: (p) => Object.getPrototypeOf(p),
  setPrototypeOf: (p) => Object.setPrototypeOf(p, null),
  isExtensible: (p) => Object.isExtensible(p),
  preventExtensions: (p) => Object.preventExtensions(p),
  "Array.isArray": (p) => Array.isArray(p),
  "Object.prototype.toString": (p) => Object.prototype.toString.call(p),
  "JSON.stringify": (p) => JSON.stringify(p),
  "for-in": (p) => { for (const k in p) return k; },
  spread: (p) => ({ ...p }),
  instanceof: (p) => ({}) instanceof p,
};
for (const [name, op] of Object.entries(ops)) {
  try {
    console.log(name, "->", op(r.proxy));
  } catch (e) {
    console.log(name, "->", e.constructor.name + ": " + e.message);
  }
}
const f = Proxy.revocable(function named() {}, {});
f.revoke();
console.log(typeof f.proxy, typeof r.proxy);
try { f.proxy(); } catch (e) { console.log(e.message); }
try { new f.proxy(); } catch (e) { console.log(e.message); }
// A revoked proxy is still a valid target or handler for a new proxy.
const again = new Proxy(r.proxy, {});
try { again.x; } catch (e) { console.log("through:", e.message); }
const viaHandler = new Proxy({}, r.proxy);
try { viaHandler.x; } catch (e) { console.log("handler:", e.message); }
// Revoking from inside a trap: the operation in progress finishes.
const self = Proxy.revocable({ v: 1 }, {
  get(t, k) {
    self.revoke();
    return Reflect.get(t, k);
  },
});
console.log(self.proxy.v);
try { self.proxy.v; } catch (e) { console.log(e.message); }
