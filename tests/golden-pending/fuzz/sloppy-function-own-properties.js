// Found by scripts/difffuzz. A sloppy-mode function has own "arguments" and "caller"
// properties in V8 (null when not running); strict functions, arrows, methods and
// classes do not.
// jsloop printed (exit code 1):
//   [ 'length', 'name', 'prototype' ]
//   [ 'length', 'name', 'prototype' ]
//   [ 'length', 'name' ] [ 'length', 'name' ]
//   Uncaught TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
//       at Object.<anonymous> (sloppy-function-own-properties.js:11:53)
function sloppy() {}
function strict() {
  "use strict";
}
console.log(Object.getOwnPropertyNames(sloppy).sort());
console.log(Object.getOwnPropertyNames(strict).sort());
console.log(Object.getOwnPropertyNames(() => 1).sort(), Object.getOwnPropertyNames({ m() {} }.m).sort());
console.log(sloppy.hasOwnProperty("caller"), sloppy.arguments, sloppy.caller);
