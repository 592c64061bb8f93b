class Widget {
  x = 1;
  y = this.x + 1;
  label;
  #secret = "hidden";
  static instances = 0;
  arrow = () => this.x;
  constructor() {
    Widget.instances++;
    this.z = this.y * 10;
  }
  reveal() {
    return this.#secret;
  }
  hasSecret(o) {
    return #secret in o;
  }
}
const w = new Widget();
console.log("fields:", w.x, w.y, w.z, w.label);
console.log("own keys:", Object.keys(w));
console.log("private via method:", w.reveal());
console.log("private brand check:", w.hasSecret(w), w.hasSecret({}));
const f = w.arrow;
console.log("arrow field keeps this:", f());
new Widget();
console.log("static field:", Widget.instances);
class Sub extends Widget {
  x = 100;
}
const s = new Sub();
console.log("subclass field overrides after super():", s.x, s.y);
