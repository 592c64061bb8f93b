// Found by scripts/difffuzz. Constructing a class that extends null: V8's message names
// the class ("Super constructor null of A is not a constructor"), also for a class whose
// name comes from the binding it is assigned to.
// jsloop printed (exit code 0):
//   TypeError: Super constructor null of anonymous class is not a constructor
//   TypeError: Super constructor null of anonymous class is not a constructor
//   TypeError: Super constructor null of anonymous class is not a constructor
class A extends null {}
try {
  new A();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const B = class extends null {};
try {
  new B();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  new (class extends null {})();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
