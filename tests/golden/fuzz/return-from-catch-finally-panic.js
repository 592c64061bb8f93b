// Found by scripts/difffuzz. A return from a catch block that declares a let captured by a
// closure, with a finally block, in a function with a default parameter: jsloop panics
// ("env depth within the chain"); Node prints -0 and 5.
// jsloop printed (exit code 1):
//   thread panicked at src/vm/interp.rs:1077:41:
//   env depth within the chain
function f1(a2 = -0) {
  try {
    if ("日本語".endsWith("")) Object.defineProperty(Object.freeze({}), "x", { value: 1 });
    console.log(Array.from({ length: 1 }, (_, i) => i * a2).map((e, i) => e * 10 + i));
  } catch (err5) {
    if ((0.5 != a2)) return [1, a2, -7, -7, a2].length;
    let n6 = ([1.5, a2, 10, a2, a2][1] ?? a2);
    const fn8 = (q9) => (Number.isInteger(42) ? (n6 & 42) : n6);
  } finally {
    console.log(a2);
  }
}
console.log(f1());
