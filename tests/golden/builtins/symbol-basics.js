const s1 = Symbol("id");
const s2 = Symbol("id");
console.log("unique:", s1 === s2, typeof s1);
console.log("description:", s1.description, Symbol().description, JSON.stringify(Symbol("").description));
console.log("toString:", s1.toString(), String(Symbol()));
try {
  s1 + "";
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  `${s1}`;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const registered = Symbol.for("app.key");
console.log("Symbol.for:", registered === Symbol.for("app.key"), Symbol.keyFor(registered), Symbol.keyFor(s1));
const obj = { [s1]: "symbol value", normal: 1 };
console.log("as key:", obj[s1], Object.keys(obj), Object.getOwnPropertySymbols(obj).length);
console.log("well-known:", typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.asyncIterator.description);
try {
  new Symbol();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("Object(sym):", typeof Object(s1), Object(s1) == s1);
