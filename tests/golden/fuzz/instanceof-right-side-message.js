// Found by scripts/difffuzz. instanceof with a right-hand side that is not an object
// throws "Right-hand side of 'instanceof' is not an object"; with an object that is not
// callable, "... is not callable".
// jsloop printed (exit code 0):
//   TypeError: Right-hand side of 'instanceof' is not callable
//   TypeError: Right-hand side of 'instanceof' is not callable
//   TypeError: Right-hand side of 'instanceof' is not callable
//   TypeError: Right-hand side of 'instanceof' is not callable
//   TypeError: Right-hand side of 'instanceof' is not callable
//   TypeError: Right-hand side of 'instanceof' is not callable
for (const right of [5, "s", null, undefined, {}, []]) {
  try {
    console.log({} instanceof right);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
