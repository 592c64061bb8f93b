const defaults = { a: 1, b: 2, c: 3 };
console.log("override later:", { ...defaults, b: 20 });
console.log("override earlier:", { b: 20, ...defaults });
console.log("key order kept:", Object.keys({ z: 1, ...{ a: 2, z: 3 } }));
console.log("integer keys first:", { b: 1, 2: "two", ...{ 1: "one", a: 0 } });
const log = [];
const src = {
  get x() { log.push("get x"); return 1; },
  get y() { log.push("get y"); return 2; },
};
const copy = { first: log.push("first"), ...src, last: log.push("last") };
console.log("getter order:", log);
console.log("copy has values:", copy.x, copy.y, Object.getOwnPropertyDescriptor(copy, "x").value);
console.log("spread primitives:", { ...null, ...undefined, ...1, ...true, ..."hi" });
console.log("spread array:", { ...["p", "q"] });
const proto = { inherited: true };
const withProto = Object.create(proto, { own: { value: 1, enumerable: true }, hidden: { value: 2 } });
console.log("own enumerable only:", { ...withProto });
const s = Symbol("s");
console.log("symbols copied:", { ...{ [s]: "sym", k: 1 } });
const { a, ...others } = defaults;
console.log("rest:", a, others);
