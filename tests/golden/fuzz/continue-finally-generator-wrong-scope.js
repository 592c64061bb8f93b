// Found by scripts/difffuzz. A generator whose loop leaves a try block with continue, the
// finally block pushing a closure to an array of the enclosing function: jsloop resolves
// the array from the wrong scope (undefined) and main rejects; Node prints [], main done
// and the timer's line.
// jsloop printed (exit code 0):
//   main failed TypeError: Cannot read properties of undefined (reading 'push')
"use strict";
async function main() {
  if (((0.5 > 7) || Number.isInteger(5))) {
    const ssf6 = [];
    function* ss5() {
      for (let i = 0; i < 2; i++) {
        try {
          let c = i * 10;
          if (i === 1) continue;
        } finally {
          ssf6.push(() => "fin" + c);
        }
      }
    }
    console.log([...ss5()]);
  }
  var s28 = (typeof null);
  setTimeout(() => {
    console.log(s28);
  }, 70);
}
main().then(() => console.log("main done"), (e) => console.log("main failed", String(e)));
