// Each invariant of ECMA-262 10.5 that a trap can break, with V8's message.
function attempt(label, f) {
  try {
    const r = f();
    console.log(label + ": ok", typeof r === "object" && r !== null ? JSON.stringify(r) : String(r));
  } catch (e) {
    console.log(label + ": " + e.constructor.name + ": " + e.message);
  }
}
const frozen = Object.freeze({ k: 1, o: { x: 1 } });
const getterOnly = Object.defineProperty({}, "g", { set(v) {}, configurable: false });
const fixed = Object.defineProperty({}, "f", { value: 1, writable: true, configurable: false });
const sealedEmpty = Object.preventExtensions({});
const sealed = Object.preventExtensions({ a: 1 });

attempt("get frozen value", () => new Proxy(frozen, { get: () => 2 }).k);
attempt("get frozen same value", () => new Proxy(frozen, { get: () => 1 }).k);
attempt("get frozen object", () => new Proxy(frozen, { get: () => ({}) }).o);
attempt("get getter-less accessor", () => new Proxy(getterOnly, { get: () => "x" }).g);
attempt("get getter-less undefined", () => new Proxy(getterOnly, { get: () => undefined }).g);
attempt("set frozen", () => Reflect.set(new Proxy(frozen, { set: () => true }), "k", 2));
attempt("set frozen same", () => Reflect.set(new Proxy(frozen, { set: () => true }), "k", 1));
attempt("set setter-less", () => Reflect.set(new Proxy(Object.defineProperty({}, "a", { get() {} }), { set: () => true }), "a", 2));
attempt("has non-configurable", () => "f" in new Proxy(fixed, { has: () => false }));
attempt("has non-extensible", () => "a" in new Proxy(sealed, { has: () => false }));
attempt("has missing", () => "zz" in new Proxy(sealed, { has: () => false }));
attempt("delete non-configurable", () => Reflect.deleteProperty(new Proxy(fixed, { deleteProperty: () => true }), "f"));
attempt("delete non-extensible", () => Reflect.deleteProperty(new Proxy(sealed, { deleteProperty: () => true }), "a"));
attempt("defineProperty new on non-extensible", () => Reflect.defineProperty(new Proxy(sealedEmpty, { defineProperty: () => true }), "n", { value: 1 }));
attempt("defineProperty non-configurable absent", () => Reflect.defineProperty(new Proxy({}, { defineProperty: () => true }), "n", { value: 1, configurable: false }));
attempt("defineProperty incompatible", () => Reflect.defineProperty(new Proxy(frozen, { defineProperty: () => true }), "k", { value: 2 }));
attempt("defineProperty non-configurable over configurable", () => Reflect.defineProperty(new Proxy({ c: 1 }, { defineProperty: () => true }), "c", { configurable: false }));
attempt("defineProperty non-writable over writable", () => Reflect.defineProperty(new Proxy(fixed, { defineProperty: () => true }), "f", { writable: false, configurable: false }));
attempt("gOPD not object", () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => 1 }), "a"));
attempt("gOPD hides non-configurable", () => Object.getOwnPropertyDescriptor(new Proxy(fixed, { getOwnPropertyDescriptor: () => undefined }), "f"));
attempt("gOPD hides on non-extensible", () => Object.getOwnPropertyDescriptor(new Proxy(sealed, { getOwnPropertyDescriptor: () => undefined }), "a"));
attempt("gOPD incompatible", () => Object.getOwnPropertyDescriptor(new Proxy(frozen, { getOwnPropertyDescriptor: () => ({ value: 9, configurable: true }) }), "k"));
attempt("gOPD non-configurable absent", () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => ({ value: 1, configurable: false }) }), "a"));
attempt("gOPD non-writable over writable", () => Object.getOwnPropertyDescriptor(new Proxy(fixed, { getOwnPropertyDescriptor: () => ({ value: 1, writable: false, configurable: false }) }), "f"));
attempt("gOPD new on non-extensible", () => Object.getOwnPropertyDescriptor(new Proxy(sealedEmpty, { getOwnPropertyDescriptor: () => ({ value: 1, configurable: true }) }), "a"));
attempt("gOPD completes", () => Object.getOwnPropertyDescriptor(new Proxy({ a: 1 }, { getOwnPropertyDescriptor: () => ({ configurable: true }) }), "a"));
attempt("gOPD accessor", () => Object.keys(Object.getOwnPropertyDescriptor(new Proxy({ a: 1 }, { getOwnPropertyDescriptor: () => ({ get() {}, configurable: true }) }), "a")));
attempt("ownKeys non-object", () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => 1 })));
attempt("ownKeys bad element", () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => [1] })));
attempt("ownKeys duplicate", () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => ["a", "a"] })));
attempt("ownKeys missing non-configurable", () => Reflect.ownKeys(new Proxy(fixed, { ownKeys: () => [] })));
attempt("ownKeys missing on non-extensible", () => Reflect.ownKeys(new Proxy(sealed, { ownKeys: () => [] })));
attempt("ownKeys extra on non-extensible", () => Reflect.ownKeys(new Proxy(sealed, { ownKeys: () => ["a", "b"] })));
attempt("ownKeys any order", () => Reflect.ownKeys(new Proxy({ a: 1, b: 2 }, { ownKeys: () => ["z", "b", Symbol.iterator.description, "0"] })));
attempt("getPrototypeOf bad", () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 1 })));
attempt("getPrototypeOf non-extensible lie", () => Object.getPrototypeOf(new Proxy(sealedEmpty, { getPrototypeOf: () => Array.prototype })));
attempt("getPrototypeOf extensible lie", () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => Array.prototype })) === Array.prototype);
attempt("setPrototypeOf non-extensible", () => Reflect.setPrototypeOf(new Proxy(sealedEmpty, { setPrototypeOf: () => true }), Array.prototype));
attempt("setPrototypeOf false", () => Object.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null));
attempt("isExtensible lie", () => Object.isExtensible(new Proxy({}, { isExtensible: () => false })));
attempt("preventExtensions lie", () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => true })));
attempt("preventExtensions false", () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => false })));
attempt("freeze false", () => Object.freeze(new Proxy({}, { preventExtensions: () => false })));
attempt("defineProperty false", () => Object.defineProperty(new Proxy({}, { defineProperty: () => false }), "x", { value: 1 }));
attempt("construct non-object", () => new (new Proxy(function () {}, { construct: () => 1 }))());
attempt("trap not callable", () => new Proxy({}, { get: 42 }).x);
attempt("trap not callable object", () => "x" in new Proxy({}, { has: {} }));
attempt("trap null", () => new Proxy({ x: 1 }, { get: null }).x);
attempt("strict set false", () => { "use strict"; new Proxy({}, { set: () => false }).x = 1; });
attempt("sloppy set false", () => { new Proxy({}, { set: () => false }).x = 1; return "ignored"; });
attempt("strict delete false", () => { "use strict"; delete new Proxy({ x: 1 }, { deleteProperty: () => false }).x; });
attempt("sloppy delete false", () => delete new Proxy({ x: 1 }, { deleteProperty: () => false }).x);
attempt("private name", () => { class A { #p = 1; static read(o) { return o.#p; } } return A.read(new Proxy(new A(), {})); });
attempt("Proxy without new", () => Proxy({}, {}));
attempt("non-object target", () => new Proxy(1, {}));
attempt("non-object handler", () => new Proxy({}, null));
