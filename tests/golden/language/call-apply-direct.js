// f.call and f.apply of closures: this, arguments, errors, stacks and recursion depth.
function f(a, b) { return [this === globalThis ? "g" : this, a, b, arguments.length]; }
"use strict";
console.log(f.call(), f.call(1), f.call({x:1}, 2, 3, 4), f.apply(null), f.apply(5, [6]), f.apply(5, {length: 2, 0: "a"}));
function g() { return f.apply(this, arguments); }
console.log(g.call("s", 1, 2));
try { f.apply(1, 2); } catch (e) { console.log(e.message); }
try { (class A {}).call(); } catch (e) { console.log(e.message); }
function thrower() { throw new Error("boom"); }
try { thrower.call(); } catch (e) { console.log(e.stack.split("\n").slice(1, 3).map((l) => l.trim().split(" ")[1])); }
let depth = 0; function rec() { depth++; rec.call(this); }
try { rec(); } catch (e) { console.log(e.message, depth > 1000); }
console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.slice.call("abc"));
