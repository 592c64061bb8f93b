// Found by scripts/difffuzz. A sloppy-mode function has own "arguments" and "caller"
// properties in V8 (null when not running); strict functions, arrows, methods and
// classes do not.
function sloppy() {}
function strict() {
  "use strict";
}
console.log(Object.getOwnPropertyNames(sloppy).sort());
console.log(Object.getOwnPropertyNames(strict).sort());
console.log(Object.getOwnPropertyNames(() => 1).sort(), Object.getOwnPropertyNames({ m() {} }.m).sort());
console.log(sloppy.hasOwnProperty("caller"), sloppy.arguments, sloppy.caller);
function sloppy2(a, b) { return 1 }
console.log("%o", sloppy2);
console.dir(sloppy2, { showHidden: true });
console.log(Object.getOwnPropertyNames(sloppy2), Object.getOwnPropertyDescriptor(sloppy2, 'caller'));
console.log(Object.getOwnPropertyNames(function* g() {}), Object.getOwnPropertyNames(async function h() {}));
console.log(Object.getOwnPropertyNames(class {}), Object.getOwnPropertyNames(sloppy2.bind(null)));
