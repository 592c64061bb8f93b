console.log(JSON.parse('{"a":1,"b":[true,null,"s"],"c":{"d":-1.5e2}}'));
console.log(JSON.parse("42"), JSON.parse('"str"'), JSON.parse("null"), JSON.parse(" [ ] "));
console.log("unicode escape:", JSON.parse('"\\u0041\\n"'));
console.log("duplicate keys, last wins:", JSON.parse('{"k":1,"k":2}'));
console.log("__proto__ is a plain key:", Object.keys(JSON.parse('{"__proto__":1}')));
const revived = JSON.parse('{"a":1,"b":{"c":2},"d":[3,4]}', (key, value) => (typeof value === "number" ? value * 100 : value));
console.log("reviver:", revived);
const order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', (key, value) => {
  order.push(key === "" ? "(root)" : key);
  return value;
});
console.log("reviver order:", order.join(" "));
console.log("reviver deletes:", JSON.parse('{"keep":1,"drop":2}', (k, v) => (k === "drop" ? undefined : v)));
for (const bad of ["{a:1}", "[1,]", "'single'", "", "{\"a\":1", "01", "NaN", "undefined"]) {
  try {
    JSON.parse(bad);
    console.log("parsed?", bad);
  } catch (e) {
    console.log(JSON.stringify(bad), "->", e.name);
  }
}
