// Found by scripts/difffuzz. After a loop that leaves a try block with continue (the
// finally block captures a binding), throwing the ReferenceError for an undeclared name
// panics jsloop ("index out of bounds" in the interpreter); Node reports the
// ReferenceError (the .stderr file holds what jsloop reports for it).
// jsloop printed (exit code 1):
//   thread panicked at src/vm/interp.rs:217:59:
//   index out of bounds: the len is 1 but the index is 1
"use strict";
for (let i18 = 0; i18 < 4; i18++) {
  function* inner23() {
  }
  function* gen22(n) {
    console.log(!(i18 < i18));
    console.log(yield* inner23());
  }
  const ssf33 = [];
  for (let i = 0; i < 3; i++) {
    try {
      let c = i * 10;
      if (i === 1) continue;
    } finally {
      ssf33.push(() => "fin" + c);
    }
  }
  ss32().then((v) => console.log("ss32", v, ssf33.map((g) => g())));
}
