const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, null, { a: 3, c: 4 });
console.log("assign:", result, result === target);
console.log("assign string source:", Object.assign({}, "hi"));
const withGetter = { get g() { return "read once"; } };
console.log("assign invokes getters:", Object.assign({}, withGetter));
const proto = { greet() { return "hi from proto"; } };
const created = Object.create(proto, {
  own: { value: "own value", enumerable: true },
  hidden: { value: "hidden value" },
});
console.log("create:", created.greet(), created.own, created.hidden, Object.keys(created));
const bare = Object.create(null);
bare.x = 1;
console.log("null prototype:", Object.getPrototypeOf(bare), "toString" in bare, Object.keys(bare));
console.log("clone shallow:", (() => { const src = { n: { deep: 1 } }; const c = Object.assign({}, src); return c.n === src.n; })());
