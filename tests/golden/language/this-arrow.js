const timer = {
  name: "timer",
  regular() {
    const arrow = () => this.name;
    return arrow();
  },
  arrowProp: () => typeof this,
  delayed() {
    return [1, 2].map(function () { return this; }, "thisArg");
  },
  delayedArrow() {
    return [1, 2].map(() => this.name);
  },
};
console.log("arrow inside method:", timer.regular());
console.log("arrow as property, this at top of script:", timer.arrowProp());
console.log("map thisArg:", timer.delayed().map(String));
console.log("arrow in map:", timer.delayedArrow());

const arrow = () => this;
console.log("arrow.call ignores thisArg:", arrow.call({ x: 1 }) === arrow());

function Outer() {
  this.v = 42;
  this.get = () => this.v;
}
const o = new Outer();
const g = o.get;
console.log("arrow captured in constructor:", g());
