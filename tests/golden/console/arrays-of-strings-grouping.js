console.log(["a", "b", "c", "d", "e", "f", "g"]);
console.log(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew"]);
console.log(["short", "a much longer string than the others", "x", "y", "z", "w", "v"]);
console.log(Array.from({ length: 8 }, (_, i) => "item number " + i));
console.log(["one", 2, "three", 4, "five", 6, "seven", 8, null, undefined, true]);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
console.log([{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }, { a: 5 }, { a: 6 }, { a: 7 }]);
