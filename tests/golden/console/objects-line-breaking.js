console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", d: "ddd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dd" });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12 });
console.log({ list: ["one", "two", "three"], more: { inner: "value", other: "thing" } });
console.log({ user: { name: "Ada Lovelace", email: "ada@example.test", roles: ["admin", "dev"] } });
console.log([{ id: 1, name: "first item" }, { id: 2, name: "second item" }, { id: 3 }]);
console.log({ text: "x".repeat(80) });
console.log(["a".repeat(30), "b".repeat(30), "c".repeat(30)]);
