// Found by scripts/difffuzz. gen.throw() while delegating with yield* to an iterator that
// has no throw method: V8's message ends with a full stop.
// jsloop printed (exit code 0):
//   { value: 0, done: false }
//   inner return called
//   TypeError: The iterator does not provide a 'throw' method
//   { value: undefined, done: true }
function* outer() {
  yield* {
    [Symbol.iterator]() {
      let n = 0;
      return {
        next: () => ({ value: n, done: n++ > 2 }),
        return: () => (console.log("inner return called"), { done: true }),
      };
    },
  };
}
const it = outer();
console.log(it.next());
try {
  it.throw(new Error("t"));
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(it.next());
