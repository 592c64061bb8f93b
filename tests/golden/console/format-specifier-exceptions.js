// Conversions made by %d, %i, %f, %s and %j throw as they do in JavaScript; a
// Symbol primitive gives NaN for the number specifiers.
const tryLog = (...args) => {
  try {
    console.log(...args);
  } catch (e) {
    console.log("threw", e.constructor.name + ":", e.message);
  }
};
tryLog("%d %i %f", Symbol("a"), Symbol("b"), Symbol("c"));
for (const spec of ["%d", "%i", "%f", "%s"]) {
  tryLog(spec, Object(Symbol("boxed")));
  tryLog(spec, {
    toString() {
      throw new RangeError("toString " + spec);
    },
    valueOf() {
      throw new RangeError("valueOf " + spec);
    },
  });
}
tryLog("%j", {
  toJSON() {
    throw new Error("from toJSON");
  },
});
const cycle = {};
cycle.self = cycle;
tryLog("%j", cycle);
tryLog("%s", Object.create(null));
class Custom {
  toString() {
    return "custom toString";
  }
}
class Inherits extends Custom {}
tryLog("%s|%s|%s", new Custom(), new Inherits(), [1, 2]);
tryLog("%s", { [Symbol.toPrimitive]: () => "own toPrimitive" });
