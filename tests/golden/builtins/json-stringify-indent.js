const data = { name: "x", list: [1, [2, 3]], empty: {}, emptyArr: [], nested: { deep: true } };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([1, { a: 1 }], null, "--"));
console.log(JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10));
console.log(JSON.stringify({ a: [] }, null, ""));
console.log(JSON.stringify({ a: 1 }, null, "abcdefghijklmnop"));
console.log(JSON.stringify({ a: 1 }, null, 0));
