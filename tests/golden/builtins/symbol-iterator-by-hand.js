const arr = ["a", "b"];
const it = arr[Symbol.iterator]();
console.log(typeof it.next);
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
const strIt = "x😀"[Symbol.iterator]();
console.log(strIt.next(), strIt.next(), strIt.next());
console.log("iterator is iterable:", it[Symbol.iterator]() === it);
const countdown = {
  from: 3,
  [Symbol.iterator]() {
    let n = this.from;
    return {
      next: () => (n > 0 ? { value: n--, done: false } : { value: "done value", done: true }),
      [Symbol.iterator]() { return this; },
    };
  },
};
const manual = countdown[Symbol.iterator]();
let step;
while (!(step = manual.next()).done) console.log("manual step", step.value);
console.log("final:", step);
console.log("spread ignores done value:", [...countdown]);
