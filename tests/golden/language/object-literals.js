const x = 1, y = 2;
const shorthand = { x, y };
console.log("shorthand:", shorthand);
const key = "dyn";
const computed = { [key + "amic"]: true, [1 + 2]: "three", ["a-b"]: 0 };
console.log("computed:", computed);
const withMethod = {
  value: 10,
  double() { return this.value * 2; },
  "quoted key": "q",
  42: "numeric key",
};
console.log("method:", withMethod.double());
console.log("quoted:", withMethod["quoted key"], withMethod[42], withMethod["42"]);
const dup = { a: 1, b: 2, a: 3 };
console.log("duplicate key keeps first position, last value:", dup);
const nested = { inner: { deep: { v: "deep" } } };
console.log("nested access:", nested.inner.deep.v);
const protoLit = { __proto__: { inherited: "yes" }, own: 1 };
console.log("__proto__ in literal:", protoLit.inherited, Object.keys(protoLit));
