// The promise machinery skips lookups nobody can see; once a script changes what
// they would find, every step runs again and is seen as in Node.
const log = [];

// A `then` on the prototype replaced: Promise.all and await go through it.
const originalThen = Promise.prototype.then;
let thenCalls = 0;
Promise.prototype.then = function (f, r) {
  thenCalls++;
  return originalThen.call(this, f, r);
};
Promise.all([Promise.resolve(1), 2, Promise.resolve(3)]).then((v) => {
  log.push(`all ${v} after ${thenCalls} then calls`);
});
Promise.prototype.then = originalThen;

// Promise.resolve replaced: the combinators call it for every element.
const originalResolve = Promise.resolve;
let resolveCalls = 0;
Promise.resolve = function (v) {
  resolveCalls++;
  return originalResolve.call(this, v);
};
Promise.allSettled([1, Promise.reject(new Error("no"))]).then((r) => {
  log.push(`allSettled ${r.map((x) => x.status)} after ${resolveCalls} resolve calls`);
});
Promise.race([4, 5]).then((v) => log.push(`race ${v}, resolve calls ${resolveCalls}`));
Promise.resolve = originalResolve;

// An own `constructor` on one promise: `then` reads its species.
const p = Promise.resolve("own");
let speciesReads = 0;
class Derived extends Promise {}
p.constructor = {
  get [Symbol.species]() {
    speciesReads++;
    return Derived;
  },
};
const derived = p.then((v) => v);
log.push(`derived is Derived: ${derived instanceof Derived}, species reads ${speciesReads}`);

// Promise[Symbol.species] redefined for every promise, then restored.
const speciesDescriptor = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
Object.defineProperty(Promise, Symbol.species, {
  configurable: true,
  get() {
    speciesReads++;
    return Derived;
  },
});
const viaSpecies = Promise.resolve(1).then(() => {});
log.push(`via species is Derived: ${viaSpecies instanceof Derived}, species reads ${speciesReads}`);
Object.defineProperty(Promise, Symbol.species, speciesDescriptor);
log.push(`restored: ${Promise.resolve(1).then(() => {}) instanceof Derived}`);

// await reads `constructor` of a promise when it is not the original one.
const awaited = Promise.resolve("awaited");
Object.defineProperty(awaited, "constructor", {
  get() {
    log.push("constructor read by await");
    return Promise;
  },
});
(async () => {
  log.push(`got ${await awaited}`);
  log.push(`got ${await 7}`);
})();

// Promise.prototype.constructor replaced: PromiseResolve makes a new promise.
const saved = Promise.prototype.constructor;
Promise.prototype.constructor = Object;
const q = Promise.resolve(8);
log.push(`Promise.resolve(q) === q: ${Promise.resolve(q) === q}`);
Promise.prototype.constructor = saved;
log.push(`restored Promise.resolve(q) === q: ${Promise.resolve(q) === q}`);

setTimeout(() => console.log(log.join("\n")), 0);
