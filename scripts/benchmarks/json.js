// JSON round trips: a nested document stringified and parsed 2,000 times.
const doc = { name: "jsloop", version: 1, tags: [], items: [] };
for (let i = 0; i < 40; i++) {
  doc.tags.push("tag" + i);
  doc.items.push({ id: i, label: "item \"" + i + "\"", price: i * 1.25, ok: i % 2 === 0, child: null });
}
let text = "";
let value = doc;
for (let round = 0; round < 2000; round++) {
  text = JSON.stringify(value);
  value = JSON.parse(text);
  value.version += 1;
}
console.log(text.length, value.version, value.items[39].label);
