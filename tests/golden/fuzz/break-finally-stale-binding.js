// Found by scripts/difffuzz. After a loop left with break through a finally block whose
// closure captures a binding of the try block, the call of the undeclared ss25 must throw
// a ReferenceError (the .stderr file holds what jsloop reports for it); jsloop instead
// resumes in the finally block with the wrong scope.
// jsloop printed (exit code 1):
//   Uncaught TypeError: ssf26.push is not a function
function main() {
  let w15 = 0;
  while (w15 < 3) {
    try {
      fs20.push(() => i19 * 10 + w15);
    } catch (err18) {
    }
    const ssf26 = [];
    for (let i = 0; i < 3; i++) {
      try {
        let c = i * 10;
        if (i === 2) break;
      } finally {
        ssf26.push(() => "fin" + c);
      }
    }
    ss25().then((v) => console.log("ss25", v, ssf26.map((g) => g())));
  }
}
main();
