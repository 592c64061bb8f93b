class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() { return Math.hypot(this.x, this.y); }
}
console.log(new Point(1, 2));
class Empty {}
console.log(new Empty());
class Child extends Point {
  z = 3;
}
console.log(new Child(1, 2));
class Secret {
  #hidden = 1;
  visible = 2;
}
console.log(new Secret());
console.log([new Point(0, 0)]);
console.log({ p: new Point(5, 6) });
function OldStyle() { this.v = 1; }
console.log(new OldStyle());
const anonInstance = new (class {})();
console.log(anonInstance);
class List extends Array {}
console.log(List.from([1, 2]));
