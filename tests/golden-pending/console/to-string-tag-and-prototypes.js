class Tagged {
  get [Symbol.toStringTag]() {
    return "CustomTag";
  }
}
console.log(new Tagged());
console.log({ [Symbol.toStringTag]: "Plain", v: 1 });
class Point {
  constructor() { this.x = 1; }
}
const p = new Point();
Object.setPrototypeOf(p, null);
console.log(p);
console.log(Object.create(Point.prototype));
const protoObj = { shared: true };
console.log(Object.create(protoObj));
function Legacy() {}
Legacy.prototype = { method() {} };
console.log(new Legacy());
class NullProtoClass extends null {
  constructor() { return Object.create(NullProtoClass.prototype); }
}
console.log(new NullProtoClass());
