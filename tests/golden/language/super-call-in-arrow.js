// super() from arrow functions in a derived constructor binds the constructor's this;
// each class static block has its own var scope.
class A { constructor(k) { this.k = k; } }
class B extends A { x = 1; constructor() { const f = () => super(5); f(); try { f(); } catch (e) { console.log(e.constructor.name, e.message); } console.log(this.k, this.x); } }
new B();
class D extends A { constructor() { try { this.k; } catch (e) { console.log(e.message); } super(1); try { super(2); } catch (e) { console.log(e.message); } } }
new D();
class E extends A {}
console.log(new E(9).k);
class F extends A { constructor() { (() => { (() => super(7))(); })(); console.log(this.k); } }
new F();
class G extends A { constructor() { const f = () => super(3); f(); return undefined; } }
console.log(new G().k);
class H extends A { constructor() { const f = () => super(4); f(); return; } }
console.log(new H().k);
class Sb { static { var v = 1; console.log("static var", v); } static { var v = 2; const get = () => v; console.log("second block", get()); } }
console.log(typeof v);
