class Rectangle {
  #width = 0;
  #height = 0;
  constructor(w, h) {
    this.width = w;
    this.height = h;
  }
  get width() { return this.#width; }
  set width(v) {
    if (v < 0) throw new RangeError("width must be >= 0");
    this.#width = v;
  }
  get height() { return this.#height; }
  set height(v) { this.#height = v; }
  get area() { return this.#width * this.#height; }
}
const r = new Rectangle(3, 4);
console.log("area:", r.area);
r.width = 10;
console.log("after set:", r.width, r.area);
try {
  r.width = -1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
r.area = 1;
console.log("assigning a getter-only property from sloppy code is ignored:", r.area);
console.log("own keys:", Object.keys(r));
class Square extends Rectangle {
  get area() { return "square " + super.area; }
}
console.log(new Square(2, 2).area);
