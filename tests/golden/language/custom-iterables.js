class Range {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  [Symbol.iterator]() {
    let current = this.from;
    const last = this.to;
    return {
      next() {
        return current <= last ? { value: current++, done: false } : { value: undefined, done: true };
      },
    };
  }
}
const r = new Range(1, 5);
const seen = [];
for (const n of r) seen.push(n);
console.log("for-of:", seen);
console.log("spread:", [...new Range(3, 6)]);
console.log("Array.from:", Array.from(new Range(0, 2), (x) => x * x));
const [first, second, ...others] = new Range(10, 14);
console.log("destructured:", first, second, others);
const handmade = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: "v" + i, done: i++ >= 2 }) };
  },
};
console.log("handmade:", [...handmade]);
