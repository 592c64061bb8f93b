// gc-stress-interval: 1000 (300,000 links: a collection at every one is quadratic)
// A long chain of bind() stays linear in time and memory; calls and `new` go through
// every level, collecting each level's bound arguments (innermost first).
function Point(...coords) {
  this.coords = coords;
  this.target = new.target === Point;
}
let f = Point;
for (let i = 0; i < 50000; i++) f = f.bind(null);
console.log(f.name.length, f.name.startsWith("bound bound "), f.name.endsWith(" Point"));
console.log(Object.getOwnPropertyNames(f));
const d = Object.getOwnPropertyDescriptor(f, "name");
console.log(typeof d.value, d.writable, d.enumerable, d.configurable);
const p = new f(1, 2);
console.log(p.coords, p.target, p instanceof Point);

let g = Point.bind(null, "a");
for (let i = 0; i < 30000; i++) g = g.bind(null);
g = g.bind(null, "b").bind(null, "c");
console.log(new g("d").coords, g.length);

function who() { return [this.tag, ...arguments]; }
let h = who.bind({ tag: "inner" }, 1);
for (let i = 0; i < 30000; i++) h = h.bind({ tag: "outer" });
console.log(h(2));
const short = who.bind(null).bind(null);
console.log(short, short.name);
class Base {}
let B = Base;
for (let i = 0; i < 30000; i++) B = B.bind(null);
console.log(Reflect.construct(B, []) instanceof Base);
