class Shape {
  constructor() { this._name = "shape"; }
  get name() { return `[${this._name}]`; }
  set name(v) { console.log("Shape setter", v); this._name = v; }
  get area() { return 0; }
}
class Square extends Shape {
  constructor(side) { super(); this.side = side; }
  get area() { return this.side ** 2; }
  get name() { return "Square" + super.name; }
}
const sq = new Square(3);
console.log("area:", sq.area, "name:", sq.name);
sq.name = "sq";
console.log("after set:", sq.name, sq._name);
console.log("own keys:", Object.keys(sq));

const base = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(n) { this._v = n; },
};
const child = Object.create(base);
child.v = 5;
console.log("child.v:", child.v, "base.v:", base.v, "own:", Object.hasOwn(child, "_v"));
const onlyGet = Object.create({ get ro() { return "ro"; } });
onlyGet.ro = "changed";
console.log("getter-only inherited:", onlyGet.ro, Object.keys(onlyGet));
const d = Object.getOwnPropertyDescriptor(Shape.prototype, "name");
console.log("descriptor:", typeof d.get, typeof d.set, d.enumerable, d.configurable);
