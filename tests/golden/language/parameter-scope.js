// A parameter list with initializers has its own scope: initializers do not see the
// body's declarations, and a var named like a parameter starts with its value.
const a = 1;
function f(p = a) { let a = 2; return p; }
console.log(f());
function g(x, h = () => x) { var x = 2; return [x, h()]; }
console.log(g(1));
function g2(x, h = () => x) { var x; return [x, h()]; }
console.log(g2(5));
function g3(x, set = (v) => { x = v; }) { var x; set(9); return x; }
console.log(g3(3));
function g4(a, b = a) { function a() {} return [typeof a, typeof b]; }
console.log(g4(1));
function g5(x = 1, y = () => z) { var z = 4; try { return y(); } catch (e) { return e.constructor.name; } }
console.log(g5());
function g6({ q }, r = q * 2) { var q; let s = q + r; return [q, r, s]; }
console.log(g6({ q: 5 }));
function g7(x = arguments.length) { var arguments; return [x, arguments.length]; }
console.log(g7(undefined, 2, 3));
function g8(a, b = 2) { var a; const c = () => a; return [a, c(), b]; }
console.log(g8(7));
try { eval("(function(a = 1) { let a; })"); } catch (e) { console.log(e.message); }
const k = (n = 1, ...rest) => { var n; return [n, rest]; };
console.log(k(undefined, 1, 2));
