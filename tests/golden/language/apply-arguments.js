// f.apply(thisArg, arguments) in a function that uses arguments for nothing else
// passes the arguments on without making an object, unless apply is not the
// built-in one: the same results as with the object, in every case around it.
function target() { return [this === undefined ? 'undef' : typeof this, arguments.length, ...arguments].join(','); }
function pass() { return target.apply(this, arguments); }
console.log(pass(1, 2, 3), pass(), pass.call({}, 'x'));
function passStrict() { 'use strict'; return target.apply(undefined, arguments); }
console.log(passStrict(4, 5));
function withParams(a, b) { 'use strict'; a = 10; return target.apply(null, arguments); }
console.log(withParams(1, 2, 3));
function sloppyParams(a, b) { a = 10; return target.apply(null, arguments); }
console.log(sloppyParams(1, 2, 3));
// apply replaced: the object is made and passed
const obj = { apply(t, a) { return [typeof a, Object.prototype.toString.call(a), a.length, a[0]].join(' '); } };
function viaObj() { return obj.apply(this, arguments); }
console.log(viaObj(7, 8));
// same object at two sites
let seen = [];
const rec = { apply(t, a) { seen.push(a); } };
function twice() { rec.apply(1, arguments); rec.apply(2, arguments); }
twice(1); console.log(seen.length, seen[0] === seen[1]);
// native target
function logAll() { return Math.max.apply(Math, arguments); }
console.log(logAll(3, 9, 4));
// bound target
const bound = target.bind('b', 0);
function viaBound() { return bound.apply(null, arguments); }
console.log(viaBound(1, 2));
// Class.create pattern
var Class = { create: function () { return function () { this.initialize.apply(this, arguments); }; } };
var Point = Class.create();
Point.prototype = { initialize: function (x, y) { this.x = x; this.y = y; } };
var p = new Point(3, 4);
console.log(p.x, p.y, p instanceof Point);
// not a function
function bad() { return (5).apply(null, arguments); }
try { bad(1); } catch (e) { console.log(e.message); }
function bad2() { const o = {}; return o.apply(null, arguments); }
try { bad2(1); } catch (e) { console.log(e.message); }
// non-callable target with builtin apply
function bad3() { return Function.prototype.apply.apply(5, arguments); }
try { bad3(null, []); } catch (e) { console.log(e.constructor.name, e.message); }
// other use of arguments disables it
function mixed() { arguments[0] = 'z'; return target.apply(null, arguments); }
console.log(mixed('a', 'b'));
// arrow inside
function outer() { return (() => target.apply(null, arguments))(); }
console.log(outer(5, 6));
// class constructor target
class K { constructor(a) { this.a = a; } }
function callK() { return K.apply(null, arguments); }
try { callK(1); } catch (e) { console.log(e.message); }
// generator target
function* g() { yield* arguments; }
function callG() { return [...g.apply(null, arguments)]; }
console.log(callG(1, 2));
// deep recursion through apply
function down(n) { 'use strict'; return n === 0 ? 'done' : down.apply(null, [n - 1]); }
function rec2() { return arguments[0] === 0 ? 'end' : rec3.apply(null, arguments); }
function rec3(n) { return rec2(n - 1); }
console.log(rec2(500));
// arguments shadowed in a block
function shadow() { { let arguments = [9, 9]; var r1 = target.apply(null, arguments); } return r1 + '|' + target.apply(null, arguments); }
console.log(shadow(1));
// with
function withArgs() { with ({ arguments: [7] }) { return target.apply(null, arguments); } }
console.log(withArgs(1, 2));
// default param
function defp(a = target.apply(null, arguments)) { return a; }
console.log(defp(undefined, 3));
// stack trace through apply
function thrower() { throw new Error('boom'); }
function through() { return thrower.apply(this, arguments); }
try { through(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').replace(/\(.*\//g, '(')); }
