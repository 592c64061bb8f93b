// %ThrowTypeError% is one function per realm: Function.prototype's `caller` and
// `arguments` accessors and the `callee` of every unmapped arguments object use it.
const thrower = Object.getOwnPropertyDescriptor(Function.prototype, 'caller').get;
console.log(thrower === Object.getOwnPropertyDescriptor(Function.prototype, 'arguments').set);
function strict() {
  'use strict';
  return arguments;
}
function nonSimple(a = 0) {
  return arguments;
}
function rest(...args) {
  return arguments;
}
function destructured({ a }) {
  return arguments;
}
for (const f of [strict, nonSimple, rest, destructured]) {
  const desc = Object.getOwnPropertyDescriptor(f({}), 'callee');
  console.log(f.name, desc.get === thrower, desc.set === thrower, desc.enumerable, desc.configurable);
  try {
    f({}).callee;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
// Mapped arguments (sloppy, simple parameters) keep the function as `callee`.
function simple(a) {
  return arguments.callee === simple;
}
console.log(simple(1), Object.isFrozen(thrower), thrower.name === '', thrower.length);

// Symbol is a constructor (so it can be extended), but constructing one throws.
try {
  new Symbol();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class Sub extends Symbol {}
try {
  new Sub();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Reflect.construct(function () {}, [], Symbol) instanceof Object);
console.log(Object.getPrototypeOf(Symbol) === Function.prototype, typeof Symbol('x'));
