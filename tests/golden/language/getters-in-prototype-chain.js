const base = {
  _v: "base",
  get v() { return "get:" + this._v; },
  set v(x) { this._v = "set:" + x; },
};
const child = Object.create(base);
child._v = "child";
console.log("inherited getter uses receiver:", child.v);
child.v = "new";
console.log("inherited setter writes on child:", child._v, "| base untouched:", base._v);
console.log("child has own v?", Object.hasOwn(child, "v"));
const roProto = Object.create(Object.defineProperty({}, "ro", { value: 1, writable: false }));
roProto.ro = 2;
console.log("inherited non-writable blocks assignment:", roProto.ro, Object.hasOwn(roProto, "ro"));
Object.defineProperty(roProto, "ro", { value: 3 });
console.log("defineProperty still works:", roProto.ro);
