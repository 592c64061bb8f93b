// Found by scripts/difffuzz. A return from a try block in a loop whose body has a block
// with a closure: the finally block reads the loop variable i1 from the wrong
// environment (jsloop prints a generator function where Node prints 0). Related shapes
// panic with "env depth within the chain".
// jsloop printed (exit code 0):
//   { s: '  padded  ', n: [GeneratorFunction: inner36] }
//   main done
"use strict";
async function main() {
  for (let i1 = 0; i1 < 3; i1++) {
    const sw2 = 3;
    switch (sw2) {
      case 1: {
        const a3 = [].map((e, i) => e * 5 + i).filter((e) => e < i1);
      }
    }
    try {
      if (true) return 100;
      const dflt8 = (n) => (console.log("default", n), n);
      function df12({ p = dflt8(4), q } = {}, [s0, s1 = p] = [], ...more) { return [p, q, s0, s1, more]; }
    } finally {
      const o14 = { s: "  padded  ", n: i1 };
      console.log(o14);
    }
  }
  function* inner36() {
  }
  function* gen35(n) {
    console.log(yield* inner36());
  }
}
main().then(() => console.log("main done"), (e) => console.log("main failed", String(e)));
