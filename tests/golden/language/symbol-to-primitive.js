const money = {
  amount: 42,
  currency: "EUR",
  [Symbol.toPrimitive](hint) {
    console.log("  hint:", hint);
    if (hint === "number") return this.amount;
    if (hint === "string") return `${this.amount} ${this.currency}`;
    return "default:" + this.amount;
  },
};
console.log("unary plus:", +money);
console.log("template:", `${money}`);
console.log("String():", String(money));
console.log("binary plus:", money + 1);
console.log("loose equality:", money == "default:42");
console.log("comparison:", money > 40);
console.log("multiply:", money * 2);
const order = {
  valueOf() { console.log("  valueOf"); return {}; },
  toString() { console.log("  toString"); return "7"; },
};
console.log("valueOf returns object, falls back to toString:", order * 2);
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try {
  bad + 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
