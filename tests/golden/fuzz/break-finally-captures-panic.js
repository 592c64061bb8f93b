// Found by scripts/difffuzz. A break out of a try whose block captures a let, with a
// function declared in the finally block and a closure after the break: jsloop panics
// ("env depth within the chain"); Node prints "after loop".
// jsloop printed (exit code 1):
//   thread panicked at src/vm/interp.rs:1077:41:
//   env depth within the chain
function main() {
  let i = 0;
  while (i < 1) {
    try {
      let a = 0;
      var f = () => a;
      if (Number.isInteger(i)) break;
      console.log([0].find(() => ((t) => t * i)(i)));
    } finally {
      function g(s) {
      }
      const c = g(i);
    }
  }
  console.log("after loop");
}
main();
