// Found by scripts/difffuzz. new Function / Function(...) throw EvalError ("Code
// generation from strings disallowed") instead of compiling a function in the global scope.
// jsloop printed (exit code 1):
//   Uncaught EvalError: Code generation from strings disallowed for this context
//       at Object.<anonymous> (function-constructor.js:3:13)
const add = new Function("a", "b", "return a + b;");
console.log(add(2, 3), add.name, add.length);
console.log(Function("return typeof this")());
