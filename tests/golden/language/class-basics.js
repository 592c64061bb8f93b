class Counter {
  constructor(start = 0) {
    this.count = start;
  }
  increment(by = 1) {
    this.count += by;
    return this;
  }
  toString() {
    return `Counter(${this.count})`;
  }
}
const c = new Counter(5).increment().increment(3);
console.log(String(c), c.count);
console.log("typeof class:", typeof Counter);
console.log("methods on prototype:", Object.getOwnPropertyNames(Counter.prototype));
console.log("methods not enumerable:", Object.keys(Counter.prototype).length);
console.log("instanceof:", c instanceof Counter);
try {
  Counter();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const Anon = class {};
console.log("anonymous class name:", Anon.name);
const Named = class Inner { who() { return Inner.name; } };
console.log("named class expression:", Named.name, new Named().who());
class Empty {}
console.log("default constructor:", new Empty() instanceof Empty);
