// The shortcuts for `f.apply(this, arguments)`, `instanceof`, `new` and adding
// properties must give what the generic steps give, also after the objects they read
// were changed.
function list() { return Array.prototype.slice.call(arguments); }
function pass() { return list.apply(this, arguments); }
console.log(pass(1, 2, 3), pass(), pass(undefined, null));
// Mapped arguments pass the current parameter values.
function reassign(a, b) { a = "A"; arguments[1] = "B"; return list.apply(null, arguments); }
console.log(reassign(1, 2, 3));
function strictReassign(a) { "use strict"; a = "A"; return list.apply(null, arguments); }
console.log(strictReassign(1, 2));
// A changed length, a deleted index, an accessor index, an own extra index.
function shorter() { arguments.length = 1; return list.apply(null, arguments); }
function longer() { arguments.length = 3; return list.apply(null, arguments); }
function deleted() { delete arguments[0]; return list.apply(null, arguments); }
function getter() {
  Object.defineProperty(arguments, 1, { get() { return "got"; } });
  return list.apply(null, arguments);
}
function lengthGetter() {
  Object.defineProperty(arguments, "length", { get() { return 2; } });
  return list.apply(null, arguments);
}
console.log(shorter(1, 2), longer(1, 2), deleted(1, 2), getter(1, 2), lengthGetter(7, 8, 9));
Object.prototype[0] = "proto";
console.log(deleted(1, 2));
delete Object.prototype[0];

// instanceof through a plain function's own prototype, changed or replaced.
function P() {}
const p = new P();
console.log(p instanceof P, {} instanceof P, 1 instanceof P, Object.create(p) instanceof P);
P.prototype = {};
console.log(p instanceof P, new P() instanceof P);
P.prototype = 3;
try { p instanceof P; } catch (e) { console.log(e.message); }
try { new P(); console.log("new with a primitive prototype makes a plain object"); } catch (e) { console.log(e.message); }
console.log(Object.getPrototypeOf(new P()) === Object.prototype);
function Q() {}
Object.defineProperty(Q, Symbol.hasInstance, { value: () => true });
console.log(1 instanceof Q);
const viaProxy = new Proxy({}, { getPrototypeOf() { return Q.prototype; } });
function R() {}
console.log(viaProxy instanceof Q, new Proxy({}, { getPrototypeOf() { return R.prototype; } }) instanceof R);
function G() {}
const g = new G();
console.log(new Proxy(g, {}) instanceof G);

// Properties added by a constructor, and after the prototype gets a setter.
function Point(x, y) { this.x = x; this.y = y; }
const a = new Point(1, 2);
const b = new Point(3, 4);
console.log(a, b, Object.keys(b));
Object.defineProperty(Point.prototype, "y", { set(v) { console.log("setter", v); }, configurable: true });
const c = new Point(5, 6);
console.log(c, Object.keys(c));
Object.freeze(Point.prototype);
delete Point.prototype.y;
const d = new Point(7, 8);
console.log(d);
const sealed = Object.preventExtensions(Object.create(Point.prototype));
Point.call(sealed, 9, 10);
console.log(sealed, Object.keys(sealed));
