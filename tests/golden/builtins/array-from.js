console.log("string:", Array.from("abc"));
console.log("astral string:", Array.from("a😀"));
console.log("array-like:", Array.from({ length: 3, 0: "x", 2: "z" }));
console.log("length only with map:", Array.from({ length: 4 }, (_, i) => i * 2));
console.log("map fn gets value and index:", Array.from([10, 20], (v, i) => v + i));
const iterable = {
  [Symbol.iterator]() {
    let n = 0;
    return { next: () => (n < 3 ? { value: n++ * 100, done: false } : { value: undefined, done: true }) };
  },
};
console.log("iterable:", Array.from(iterable));
console.log("from entries():", Array.from(["a", "b"].entries()));
console.log("copy:", Array.from([1, [2]]));
console.log("thisArg:", Array.from([1, 2], function (v) { return v * this.k; }, { k: 3 }));
console.log("from number:", Array.from(5));
