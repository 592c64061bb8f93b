console.log({ nums: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
console.log({ label: "values", data: Array.from({ length: 20 }, (_, i) => i * 3) });
console.log({ outer: { inner: [1, 2, 3, 4, 5, 6, 7] } });
console.log([{ id: 1, tags: ["a", "b"] }, { id: 2, tags: [] }]);
console.log({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] });
console.log({ holes: [1, , 3], empty: [] });
