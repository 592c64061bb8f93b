const data = { name: "ann", age: 30, secret: "pw", nested: { age: 5, secret: "x" } };
console.log("array replacer:", JSON.stringify(data, ["name", "nested", "age"]));
console.log("function replacer:", JSON.stringify(data, (key, value) => (key === "secret" ? undefined : value)));
const keys = [];
JSON.stringify({ a: 1, b: [2] }, function (key, value) {
  keys.push(JSON.stringify(key) + ":" + (Array.isArray(this) ? "array" : typeof this));
  return value;
});
console.log("replacer sees keys:", keys.join(" "));
console.log("replacer transforms numbers:", JSON.stringify({ a: 1, b: [2, 3] }, (k, v) => (typeof v === "number" ? v * 10 : v)));
const withToJSON = {
  value: 1,
  toJSON(key) {
    return { custom: true, key };
  },
};
console.log("toJSON:", JSON.stringify({ item: withToJSON }));
console.log("Date-like toJSON:", JSON.stringify({ when: { toJSON: () => "2020-01-01" } }));
console.log("toJSON at top level:", JSON.stringify(withToJSON));
const cyclic = { name: "loop" };
cyclic.self = cyclic;
try {
  JSON.stringify(cyclic);
} catch (e) {
  console.log("cycle throws:", e.name);
}
try {
  JSON.stringify({ big: 10n });
} catch (e) {
  console.log("BigInt throws:", e.name, "-", e.message);
}
