class Range {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  *[Symbol.iterator]() {
    for (let i = this.from; i <= this.to; i++) yield i;
  }
  *evens() {
    for (const n of this) if (n % 2 === 0) yield n;
  }
  static *repeat(x, times) {
    while (times-- > 0) yield x;
  }
}
const r = new Range(1, 6);
console.log("spread:", [...r]);
console.log("evens:", [...r.evens()]);
console.log("static:", [...Range.repeat("z", 3)]);

const obj = {
  items: ["x", "y"],
  *[Symbol.iterator]() {
    yield* this.items;
  },
  *pairs() {
    for (const [i, v] of this.items.entries()) yield `${i}=${v}`;
  },
};
console.log("object iterable:", [...obj]);
console.log("pairs:", [...obj.pairs()]);
const name = "dynamic";
const o2 = { *[name + "Gen"]() { yield 1; } };
console.log("computed name:", Object.keys(o2), [...o2.dynamicGen()]);
