// Sloppy functions with simple parameters map arguments[i] to the parameter (both ways)
// until the index is deleted, redefined as an accessor or made read-only.
function h(a) { a = 5; return arguments[0]; }
console.log(h(1));
function h2(a) { arguments[0] = 9; return a; }
console.log(h2(1));
function h3(a, b) { arguments[1] = 2; return [b, arguments.length]; }
console.log(h3(1));
function h4(a) { "use strict"; a = 5; return arguments[0]; }
console.log(h4(1));
function h5(a, b = 1) { a = 5; return arguments[0]; }
console.log(h5(1));
function h6(a) { delete arguments[0]; arguments[0] = 3; return [a, arguments[0]]; }
console.log(h6(1));
function h7(a) { Object.defineProperty(arguments, "0", { writable: false }); a = 8; return [a, arguments[0]]; }
console.log(h7(1));
function h8(a) { Object.defineProperty(arguments, "0", { value: 4 }); return [a, arguments[0]]; }
console.log(h8(1));
function h9(a, a) { a = 7; return [arguments[0], arguments[1]]; }
console.log(h9(1, 2));
function h10(a) { Object.defineProperty(arguments, "0", { get() { return 11; } }); a = 3; return [a, arguments[0]]; }
console.log(h10(1));
function* g(a) { a = 2; yield arguments[0]; arguments[0] = 6; yield a; }
console.log([...g(1)]);
async function af(a) { await null; a = 4; return arguments[0]; }
af(1).then((v) => console.log("async", v));
function cal() { return arguments.callee === cal; }
console.log(cal());
function scal() { "use strict"; try { return arguments.callee; } catch (e) { return e.constructor.name; } }
console.log(scal());
function shown(a, b) { a = "x"; return arguments; }
console.log(shown(1, 2));
function keys(a) { return Object.keys(arguments).concat(Object.getOwnPropertyNames(arguments)); }
console.log(keys(1, 2));
function desc(a) { a = 3; return Object.getOwnPropertyDescriptor(arguments, "0"); }
console.log(desc(1));
function closure(a) { const f = () => a; arguments[0] = "c"; return f(); }
console.log(closure(1));
