function add(a, b) {
  // keeps comments
  return a + b;
}
console.log(add.toString());
console.log(String((x) => x * 2));
console.log(`${function named() { return 1; }}`);
class Point {
  constructor(x) { this.x = x; }
}
console.log(Point.toString());
const obj = { method(a) { return a; }, get g() { return 1; } };
console.log(obj.method.toString());
console.log(Object.getOwnPropertyDescriptor(obj, "g").get.toString());
console.log(Math.max.toString());
console.log(Function.prototype.toString.call(class {}));
console.log((function () {}).bind(null).toString());
