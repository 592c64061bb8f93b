class Point {
  constructor(x) {
    if (typeof x !== "number") throw new TypeError("x must be a number");
    this.x = x;
  }
}
function make(v) {
  return new Point(v);
}
console.log(make(1).x);
make("one");
