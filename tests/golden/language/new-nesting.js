// new of a closure runs in the interpreter's own loop, so it nests as deep as calls do,
// with the constructor result rules, new.target, bound targets and stack frames intact.
let k = 0; function H(n) { k = n; this.n = n; if (n) this.child = new H(n - 1); }
const h = new H(3000); console.log("new 3000 ok", h.n, h.child.n);
try { new H(20000); } catch (e) { console.log(e.name, e.message, k > 0) }
class A { x = 1; constructor(v) { this.v = v; } }
class B extends A { constructor() { super(2); this.y = 3; } }
class C extends A { constructor() { return { z: 1 }; } }
class D extends A { constructor() { return 5; } }
class E extends A { constructor() { } }
function F() { return 7; } function G() { return { g: 1 }; }
console.log(new A(1), new B(), new C(), new F(), new G());
try { new D() } catch (e) { console.log(e.name, e.message) }
try { new E() } catch (e) { console.log(e.name, e.message) }
function T() { throw new Error('in ctor'); }
try { new T() } catch (e) { console.log(e.stack.split('\n').slice(1, 3).map((l) => l.trim().split(' (')[0])) }
function NT() { console.log(new.target === NT); }
new NT();
const Bd = H.bind(null, 0); console.log(new Bd().n);
function P() {} P.prototype = 5; console.log(Object.getPrototypeOf(new P()) === Object.prototype);
