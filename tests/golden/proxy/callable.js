// Proxies of functions: [[Call]] and [[Construct]] through the apply and construct
// traps, typeof, new.target, classes extending a proxy, and what V8 prints for them.
function sum(a, b) {
  return a + b;
}
const traced = new Proxy(sum, {
  apply(target, thisArg, args) {
    console.log("apply", Array.isArray(args), args, thisArg == null ? "no this" : thisArg.tag);
    return Reflect.apply(target, thisArg, args) * 10;
  },
});
console.log(traced(1, 2));
console.log(traced.call({ tag: "t" }, 3, 4));
console.log(traced.apply(undefined, [5, 6]));
console.log(Reflect.apply(traced, undefined, [7, 8]));
console.log([1, 2, 3].map(traced));
console.log(typeof traced, traced.name, traced.length, traced instanceof Function);

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
const P = new Proxy(Point, {
  construct(target, args, newTarget) {
    console.log("construct", args, newTarget === P ? "newTarget is the proxy" : newTarget.name);
    return Reflect.construct(target, args, newTarget);
  },
});
const p = new P(1, 2);
console.log(p, p instanceof Point, p instanceof P, Object.getPrototypeOf(p) === Point.prototype);
class Point3 extends P {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
console.log(new Point3(1, 2, 3));
console.log(Reflect.construct(P, [5, 6], Point3));

// No traps: the target's behaviour.
const plain = new Proxy(function (a) { return new.target ? "constructed" : a * 2; }, {});
console.log(plain(21), new plain() instanceof Object, typeof new plain());
const arrow = new Proxy(() => 1, {});
try { new arrow(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { new Proxy({}, {})(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(typeof new Proxy({}, { apply() { return 1; } }));
console.log(Function.prototype.toString.call(traced));
console.log(Function.prototype.toString.call(new Proxy(class A {}, {})));
try { Function.prototype.toString.call(new Proxy({}, {})); } catch (e) { console.log(e.message); }
console.log(Object.prototype.toString.call(traced), Object.prototype.toString.call(new Proxy([], {})));
console.log(traced.bind(null, 1)(2));
// `this` of a method called through a proxy is the proxy.
const counter = new Proxy({ n: 0, inc() { this.n++; return this; } }, {
  get(t, k, r) {
    if (k === "inc") console.log("receiver is proxy:", r === counter);
    return Reflect.get(t, k, r);
  },
});
console.log(counter.inc().n);
