// Every trap logs its call; each operation below shows which internal methods it
// runs on a proxy, and in what order.
const log = [];
const show = (k) => (typeof k === "symbol" ? k.toString() : String(k));
function logging(target) {
  const handler = {};
  for (const name of Reflect.ownKeys(Reflect)) {
    if (typeof name !== "string") continue;
    handler[name] = function (t, ...rest) {
      const key = ["apply", "construct", "getPrototypeOf", "setPrototypeOf",
        "isExtensible", "preventExtensions", "ownKeys"].includes(name) ? "" : " " + show(rest[0]);
      log.push(name + key);
      return Reflect[name](t, ...rest);
    };
  }
  return new Proxy(target, handler);
}
function run(label, f) {
  log.length = 0;
  let result;
  try {
    result = f();
  } catch (e) {
    result = e.constructor.name + ": " + e.message;
  }
  console.log(label.padEnd(24), "|", log.join(", "), "=>", typeof result === "object" ? JSON.stringify(result) : show(result));
}

const s = Symbol("s");
const obj = () => logging({ a: 1, b: 2, [s]: 3 });
const arr = () => logging([10, 20, 30]);

run("get", () => obj().a);
run("set", () => { const p = obj(); p.c = 3; return p.c; });
run("set existing", () => { const p = obj(); p.a = 5; return p.a; });
run("has", () => "a" in obj());
run("delete", () => delete obj().a);
run("keys", () => Object.keys(obj()));
run("values", () => Object.values(obj()));
run("entries", () => Object.entries(obj()));
run("getOwnPropertyNames", () => Object.getOwnPropertyNames(obj()));
run("getOwnPropertySymbols", () => Object.getOwnPropertySymbols(obj()).length);
run("descriptors", () => Object.keys(Object.getOwnPropertyDescriptors(obj())));
run("assign from", () => Object.assign({}, obj()));
run("assign to", () => Object.assign(obj(), { x: 1 }).x);
run("spread", () => ({ ...obj() }));
run("rest", () => { const { a, ...rest } = obj(); return rest; });
run("for-in", () => { const ks = []; for (const k in obj()) ks.push(k); return ks; });
run("JSON.stringify", () => JSON.stringify(obj()));
run("freeze", () => Object.isFrozen(Object.freeze(obj())));
run("seal", () => Object.isSealed(Object.seal(obj())));
run("isFrozen", () => Object.isFrozen(obj()));
run("preventExtensions", () => Object.isExtensible(Object.preventExtensions(obj())));
run("getPrototypeOf", () => Object.getPrototypeOf(obj()) === Object.prototype);
run("setPrototypeOf", () => Object.setPrototypeOf(obj(), null) !== null);
run("__proto__", () => obj().__proto__ === Object.prototype);
run("hasOwn", () => Object.hasOwn(obj(), "a"));
run("hasOwnProperty", () => obj().hasOwnProperty("b"));
run("propertyIsEnumerable", () => obj().propertyIsEnumerable("a"));
run("isPrototypeOf", () => Object.prototype.isPrototypeOf(obj()));
run("defineProperty", () => Object.defineProperty(obj(), "d", { value: 4 }).d);
run("defineProperties", () => Object.defineProperties(obj(), { d: { value: 4 }, e: { get() { return 5; } } }).e);
run("toString", () => String(obj()));
run("template", () => `${obj()}`);
run("instanceof", () => ({}) instanceof logging(Object));
run("groupBy", () => Object.groupBy(arr(), (v) => (v > 15 ? "big" : "small")));
run("array push", () => { const p = arr(); p.push(40); return p.length; });
run("array pop", () => arr().pop());
run("array slice", () => arr().slice(1));
run("array includes", () => arr().includes(20));
run("array spread", () => [...arr()]);
run("Array.isArray", () => Array.isArray(arr()));
run("concat", () => [].concat(arr()));
run("JSON array", () => JSON.stringify(arr()));
run("length", () => arr().length);
run("with receiver", () => Reflect.get(obj(), "a", {}));
run("proto chain get", () => Object.create(obj()).a);
run("proto chain set", () => { const o = Object.create(obj()); o.z = 1; return Object.keys(o); });
run("proto chain has", () => "b" in Object.create(obj()));
