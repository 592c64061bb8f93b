// instanceof through ordinary prototypes, and every way to override it.
class A {}
class B extends A {}
function F() {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof F);
console.log(new F() instanceof F, Object.create(null) instanceof Object, 1 instanceof Number);
console.log([] instanceof Array, (() => {}) instanceof Function);

// Changing a function's prototype object.
const f = new F();
F.prototype = {};
console.log(f instanceof F, new F() instanceof F);

// An own Symbol.hasInstance, and one inherited from a class.
class Even {
  static [Symbol.hasInstance](n) {
    return n % 2 === 0;
  }
}
class Sub extends Even {}
console.log(2 instanceof Even, 3 instanceof Even, 4 instanceof Sub);
const odd = function () {};
Object.defineProperty(odd, Symbol.hasInstance, { value: (n) => n % 2 === 1 });
console.log(3 instanceof odd);

// Bound functions use their target's prototype.
const BoundB = B.bind(null);
console.log(b instanceof BoundB);

// A non-object prototype and a non-callable right-hand side.
function G() {}
G.prototype = 1;
try {
  ({}) instanceof G;
} catch (e) {
  console.log(e.message);
}
try {
  ({}) instanceof {};
} catch (e) {
  console.log(e.message);
}
G.prototype = Symbol('s');
try {
  ({}) instanceof G;
} catch (e) {
  console.log(e.message);
}
// A native constructor's prototype, and a class whose prototype chain was changed.
console.log(new Map() instanceof Map, new Map() instanceof Set);
Object.setPrototypeOf(B.prototype, null);
console.log(b instanceof A, b instanceof B);
