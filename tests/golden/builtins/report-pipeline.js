const orders = [
  { customer: "ann", item: "book", qty: 2, price: 12.5 },
  { customer: "bob", item: "pen", qty: 10, price: 1.2 },
  { customer: "ann", item: "lamp", qty: 1, price: 30 },
  { customer: "cy", item: "book", qty: 1, price: 12.5 },
  { customer: "bob", item: "desk", qty: 1, price: 150 },
];
const totals = orders.reduce((acc, o) => {
  acc[o.customer] = (acc[o.customer] ?? 0) + o.qty * o.price;
  return acc;
}, {});
console.log(totals);
const ranked = Object.entries(totals).sort(([, a], [, b]) => b - a);
for (const [i, [name, total]] of ranked.entries()) {
  console.log(`${String(i + 1).padStart(2)}. ${name.padEnd(5, ".")} ${total.toFixed(2).padStart(8)}`);
}
const items = [...new Set(orders.map((o) => o.item))].sort();
console.log("distinct items:", items.join(", "));
const grand = orders.reduce((sum, o) => sum + o.qty * o.price, 0);
console.log("grand total:", grand, grand.toFixed(2));
console.log("max single order:", Math.max(...orders.map((o) => o.qty * o.price)));
console.log("json:", JSON.stringify(ranked.slice(0, 2)));
