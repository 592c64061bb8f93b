// JSON.stringify refuses BigInts unless a toJSON or a replacer turns them into
// something it can serialize.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
show("top level", () => JSON.stringify(1n));
show("nested", () => JSON.stringify({ a: [1, 2n] }));
show("wrapper", () => JSON.stringify(Object(3n)));
show("replacer", () => JSON.stringify({ a: 1n, b: [2n] }, (k, v) => (typeof v === "bigint" ? `${v}n` : v)));
BigInt.prototype.toJSON = function () {
  return this.toString();
};
show("toJSON", () => JSON.stringify({ a: 1n, b: [2n ** 64n], c: Object(3n) }));
delete BigInt.prototype.toJSON;
show("parse", () => JSON.parse("12345678901234567890"));
