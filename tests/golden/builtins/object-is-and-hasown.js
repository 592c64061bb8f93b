console.log("Object.is:", Object.is(1, 1), Object.is("a", "a"), Object.is({}, {}));
console.log("NaN:", Object.is(NaN, NaN), NaN === NaN);
console.log("zeros:", Object.is(0, -0), 0 === -0, Object.is(-0, -0));
console.log("null/undefined:", Object.is(null, undefined), Object.is(null, null));
const o = { own: undefined };
console.log("hasOwn:", Object.hasOwn(o, "own"), Object.hasOwn(o, "toString"), Object.hasOwn([1], 0), Object.hasOwn([1], "length"));
const noProto = Object.create(null);
noProto.k = 1;
console.log("hasOwn works on null-proto:", Object.hasOwn(noProto, "k"), typeof noProto.hasOwnProperty);
try {
  Object.hasOwn(null, "x");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("includes uses SameValueZero:", [NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(0));
