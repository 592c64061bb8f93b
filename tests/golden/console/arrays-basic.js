console.log([]);
console.log([1, 2, 3]);
console.log([[]]);
console.log([[1, 2], [3, 4]]);
console.log([1, [2, [3, [4, [5]]]]]);
console.log([undefined, null, NaN]);
console.log([function named() {}, () => {}, class K {}]);
console.log([{}, { a: 1 }, []]);
console.log(["a", 1, true]);
