// BigInt(), BigInt.asIntN/asUintN and BigInt.prototype.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
show("from numbers", () => [BigInt(0), BigInt(-42), BigInt(2 ** 60), BigInt(Number.MAX_VALUE) > 0n]);
show("from strings", () => [BigInt("123"), BigInt("  -12  "), BigInt("0x10"), BigInt("0b11"), BigInt("0o7"), BigInt("")]);
show("from booleans", () => [BigInt(true), BigInt(false)]);
show("from objects", () => BigInt({ valueOf: () => 7 }));
show("fraction", () => BigInt(1.5));
show("NaN", () => BigInt(NaN));
show("Infinity", () => BigInt(-Infinity));
show("bad string", () => BigInt("1.5"));
show("signed hex", () => BigInt("-0x10"));
show("exponent string", () => BigInt("1e3"));
show("undefined", () => BigInt(undefined));
show("null", () => BigInt(null));
show("symbol", () => BigInt(Symbol("s")));
show("object", () => BigInt({}));
show("new", () => new BigInt(1));
show("asIntN", () => [BigInt.asIntN(8, 255n), BigInt.asIntN(8, 128n), BigInt.asIntN(8, -129n), BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(0, 5n)]);
show("asUintN", () => [BigInt.asUintN(8, -1n), BigInt.asUintN(8, 256n), BigInt.asUintN(64, -1n), BigInt.asUintN(0, 5n)]);
show("asIntN large bits", () => [BigInt.asIntN(2 ** 53 - 1, -1n), BigInt.asUintN(2 ** 53 - 1, 5n)]);
show("asUintN too big", () => BigInt.asUintN(2 ** 53 - 1, -1n));
show("asUintN bad bits", () => BigInt.asUintN(-1, 1n));
show("asIntN string", () => BigInt.asIntN(8, "257"));
show("asIntN number", () => BigInt.asIntN(8, 1));
show("toString", () => [(255n).toString(16), (-255n).toString(2), (35n).toString(36), (10n).toString(undefined), (2n ** 64n).toString(7)]);
show("toString radix", () => (1n).toString(37));
show("toLocaleString", () => [(1234567890123n).toLocaleString(), (-1234n).toLocaleString(), (12n).toLocaleString()]);
show("valueOf", () => [Object(5n).valueOf(), typeof Object(5n).valueOf()]);
show("wrong this", () => BigInt.prototype.toString.call(1));
show("wrong this valueOf", () => BigInt.prototype.valueOf.call("1"));
show("toStringTag", () => [BigInt.prototype[Symbol.toStringTag], Object.prototype.toString.call(1n)]);
show("lengths", () => [BigInt.length, BigInt.asIntN.length, BigInt.asUintN.length, BigInt.prototype.toString.length]);
show("own keys", () => Object.getOwnPropertyNames(BigInt.prototype));
show("Number()", () => [Number(1n), Number(2n ** 64n), Number(-(2n ** 1100n)), Number(2n ** 53n + 1n), new Number(3n)]);
show("Math", () => Math.abs(1n));
show("isNaN", () => isNaN(1n));
show("Number.isInteger", () => Number.isInteger(1n));
show("parseInt", () => parseInt("12n"));
show("prototype methods on primitives", () => (5n).constructor === BigInt);
