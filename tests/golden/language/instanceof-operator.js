class A {}
class B extends A {}
const b = new B();
console.log("b instanceof B:", b instanceof B);
console.log("b instanceof A:", b instanceof A);
console.log("b instanceof Object:", b instanceof Object);
console.log("[] instanceof Array:", [] instanceof Array, [] instanceof Object);
console.log("primitive:", "s" instanceof String, 5 instanceof Number);
console.log("boxed:", new String("s") instanceof String);
console.log("null-proto object:", Object.create(null) instanceof Object);
console.log("function:", function () {} instanceof Function);

function F() {}
const f = new F();
F.prototype = {};
console.log("after replacing prototype:", f instanceof F);

const Even = {
  [Symbol.hasInstance](n) { return n % 2 === 0; },
};
console.log("Symbol.hasInstance:", 4 instanceof Even, 3 instanceof Even);

try {
  ({}) instanceof {};
} catch (e) {
  console.log(e.name + ": " + e.message);
}
