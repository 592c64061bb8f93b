const wm = new WeakMap();
const a = {};
const b = function () {};
wm.set(a, "object").set(b, "function");
console.log("get:", wm.get(a), wm.get(b), wm.get({}));
console.log("has:", wm.has(a), wm.has({}));
console.log("delete:", wm.delete(a), wm.delete(a), wm.has(a));
try {
  wm.set("str", 1);
} catch (e) {
  console.log(e.constructor.name);
}
console.log("has primitive:", wm.has(1), "get primitive:", wm.get("x"));
const ws = new WeakSet([a]);
console.log("weakset:", ws.has(a), ws.has(b));
ws.add(b);
console.log("after add:", ws.has(b));
console.log(Object.prototype.toString.call(wm), Object.prototype.toString.call(ws));
const priv = new WeakMap();
class Counter {
  constructor() { priv.set(this, 0); }
  inc() { priv.set(this, priv.get(this) + 1); return priv.get(this); }
}
const c = new Counter();
c.inc();
console.log("private count:", c.inc(), Object.keys(c));
