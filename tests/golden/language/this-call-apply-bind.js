function describe(greeting, punct) {
  return greeting + ", " + this.name + punct;
}
const alice = { name: "Alice" };
const bob = { name: "Bob" };
console.log(describe.call(alice, "Hi", "!"));
console.log(describe.apply(bob, ["Hello", "?"]));
const boundAlice = describe.bind(alice, "Hey");
console.log(boundAlice("."));
console.log("bind is permanent:", boundAlice.call(bob, "..."));
const rebound = boundAlice.bind(bob);
console.log("rebinding has no effect:", rebound("#"));

function strictType() { "use strict"; return typeof this; }
function sloppyType() { return typeof this; }
console.log("strict call(5):", strictType.call(5));
console.log("sloppy call(5) boxes:", sloppyType.call(5));
console.log("strict call(null):", strictType.call(null) );
console.log("sloppy call(null) is globalThis:", (function () { return this === globalThis; }).call(null));

function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind(null, 1);
const p = new BoundPoint(2);
console.log("new on bound function:", p.x, p.y, p instanceof Point);
