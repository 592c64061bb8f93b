// Promise.all, allSettled, any and race settle on the same tick as in Node whatever
// the elements are (primitives, settled or pending promises, thenables), and an
// element function called twice by a thenable counts once.
const log = [];
let tick = 0;
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => (tick = i));
}
ticker(12);

const pending = new Promise((resolve) => setTimeout(() => resolve("late"), 0));
const thenable = { then(f) { f("thenable"); } };
const twice = { then(f) { f("first"); f("second"); } };
const rejects = { then(_, r) { r("thenable no"); } };

Promise.all([1, Promise.resolve(2), thenable, twice]).then((v) => log.push(`all ${v} at tick ${tick}`));
Promise.all([1, 2, 3]).then((v) => log.push(`all primitives ${v} at tick ${tick}`));
Promise.all([]).then((v) => log.push(`all empty ${v.length} at tick ${tick}`));
Promise.all([1, Promise.reject("no"), pending]).catch((e) => log.push(`all rejected ${e} at tick ${tick}`));
Promise.allSettled([1, Promise.reject("no"), rejects, twice]).then((r) =>
  log.push(`allSettled ${JSON.stringify(r)} at tick ${tick}`),
);
Promise.allSettled([pending, 5]).then((r) => log.push(`allSettled late ${JSON.stringify(r)}`));
Promise.any([Promise.reject("a"), rejects, 3]).then((v) => log.push(`any ${v} at tick ${tick}`));
Promise.any([Promise.reject("a"), Promise.reject("b"), rejects]).catch((e) =>
  log.push(`any failed ${e.constructor.name} ${JSON.stringify(e.errors)} at tick ${tick}`),
);
Promise.race([pending, 7, Promise.resolve(8)]).then((v) => log.push(`race ${v} at tick ${tick}`));
Promise.race([thenable, 9]).then((v) => log.push(`race thenable ${v} at tick ${tick}`));

// A subclass: its own resolve and then run for every element.
class Counted extends Promise {
  static resolves = 0;
  static resolve(v) {
    Counted.resolves++;
    return super.resolve(v);
  }
}
Counted.all([1, 2, Promise.resolve(3)]).then((v) =>
  log.push(`Counted.all ${v}, ${Counted.resolves} resolves, at tick ${tick}`),
);

// A patched `then` sees every element, primitives included.
const originalThen = Promise.prototype.then;
let thenCalls = 0;
Promise.prototype.then = function (f, r) {
  thenCalls++;
  return originalThen.call(this, f, r);
};
Promise.all([1, "two", null, undefined]).then((v) => log.push(`patched all ${v.length} values`));
Promise.prototype.then = originalThen;
log.push(`then called ${thenCalls} times`);

// An array whose iterator yields other values than its elements.
const odd = [1, 2, 3];
odd[Symbol.iterator] = function* () {
  yield 10;
  yield Promise.resolve(20);
};
Promise.all(odd).then((v) => log.push(`own iterator ${v} at tick ${tick}`));

setTimeout(() => setTimeout(() => console.log(log.join("\n")), 0), 0);
