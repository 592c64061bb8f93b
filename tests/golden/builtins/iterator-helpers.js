// Iterator helpers: lazy map/filter/take/drop/flatMap pull one value at a time,
// return() closes what a helper reads, and the eager helpers close early when done.
function* numbers(log) {
  try {
    for (let i = 1; i <= 5; i++) {
      log.push(`yield ${i}`);
      yield i;
    }
  } finally {
    log.push("closed");
  }
}

let log = [];
const evensDoubled = numbers(log).filter((x) => x % 2 === 0).map((x, i) => `${i}:${x * 2}`);
console.log(log.length, evensDoubled.next(), log);
console.log([...evensDoubled], log);

log = [];
console.log(numbers(log).drop(1).take(2).toArray(), log);

log = [];
console.log(numbers(log).some((x) => x === 2), log);
console.log(numbers([]).every((x) => x < 3), numbers([]).find((x) => x > 3));
console.log(numbers([]).reduce((sum, x) => sum + x), numbers([]).reduce((s, x) => s + x, "#"));

const pairs = ["ab", "cd"].values().flatMap((s) => s[Symbol.iterator]());
console.log(pairs.toArray());
console.log([1, 2].values().flatMap((x) => [x, [x]]).toArray());

log = [];
const helper = numbers(log).map((x) => x);
helper.next();
console.log(helper.return(), log, helper.next());

// Iterator.from wraps an iterator that does not inherit Iterator.prototype.
let n = 0;
const plain = { next: () => (n < 3 ? { value: n++, done: false } : { done: true }) };
const wrapped = Iterator.from(plain);
console.log(wrapped instanceof Iterator, wrapped.map((x) => x * 10).toArray());
console.log(Iterator.from("héllo").toArray().join("|"));
const generator = numbers([]);
console.log(Iterator.from(generator) === generator);

class Countdown extends Iterator {
  #n;
  constructor(n) {
    super();
    this.#n = n;
  }
  next() {
    return this.#n > 0 ? { value: this.#n--, done: false } : { value: undefined, done: true };
  }
}
console.log(new Countdown(3).map((x) => x * x).toArray(), [...new Countdown(2)]);

console.log(evensDoubled, wrapped, new Countdown(1));
console.log(Object.prototype.toString.call(helper), String(Iterator.prototype[Symbol.toStringTag]));
console.log(Iterator.prototype.constructor === Iterator, typeof Iterator.prototype.map);

const tryIt = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
};
tryIt(() => new Iterator());
tryIt(() => Iterator());
tryIt(() => Iterator.prototype.map.call(1, (x) => x));
tryIt(() => [1].values().map(1));
tryIt(() => [1].values().take(NaN));
tryIt(() => [1].values().drop(-1));
tryIt(() => [].values().reduce((a, b) => a));
tryIt(() => Iterator.from(5));
tryIt(() => [1, 2].values().flatMap((x) => x).next());
tryIt(() => ["ab"].values().flatMap((s) => s).next());
tryIt(() => {
  const reentrant = [1].values().map(() => reentrant.next());
  return reentrant.next();
});
tryIt(() => helper.next.call({}));
tryIt(() => {
  Iterator.prototype.constructor = 1;
});
const own = Object.create(Iterator.prototype);
own[Symbol.toStringTag] = "Mine";
console.log(Object.prototype.toString.call(own), Object.hasOwn(own, Symbol.toStringTag));
