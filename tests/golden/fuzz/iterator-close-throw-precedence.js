// Found by scripts/difffuzz. When a for-of body throws, the iterator's return() is called
// and an exception from return() is dropped: the body's exception wins (IteratorClose with
// a throw completion). On break, return()'s exception is the one thrown.
// jsloop printed (exit code 0):
//   return called
//   break: from return
//   return called
//   throw: from return
//   return called
//   destructuring: from return
//   return called
//   yield* throw: from return
const iterable = {
  [Symbol.iterator]() {
    return {
      next: () => ({ value: 1, done: false }),
      return() {
        console.log("return called");
        throw new Error("from return");
      },
    };
  },
};
try {
  for (const v of iterable) break;
} catch (e) {
  console.log("break:", e.message);
}
try {
  for (const v of iterable) throw new Error("from body");
} catch (e) {
  console.log("throw:", e.message);
}
try {
  const [a] = iterable;
} catch (e) {
  console.log("destructuring:", e.message);
}
function* delegate() {
  yield* iterable;
}
const it = delegate();
it.next();
try {
  it.throw(new Error("thrown in"));
} catch (e) {
  console.log("yield* throw:", e.message);
}
