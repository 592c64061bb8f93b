// `%o` inspects with showHidden (non-enumerable keys in brackets, array
// `length`, prototype getters of user classes) and a depth of 4.
console.log("%o", [1, [2, [3]]]);
console.log("%o", { a: { b: { c: { d: { e: { f: 1 } } } } } });
console.log("%o", (a, b) => a);
console.log("%o", class A {
  m() {}
});
class Point {
  constructor() {
    this.x = 1;
  }
  get norm() {
    return 1;
  }
  set norm(v) {}
  method() {}
}
Point.prototype.shared = "on the prototype";
console.log("%o", new Point());
class Point3 extends Point {
  get z() {
    return 3;
  }
}
console.log("%o", new Point3());
console.log("%o", Object.defineProperty({ shown: 1 }, "hidden", { value: 2 }));
console.log("%o", new Map([[1, { a: [] }]]), new Set(["s"]));
console.log("%o %o", "str", 5);
console.log("%o", /re/g);
console.log("%O", Object.defineProperty({ shown: 1 }, "hidden", { value: 2 }));
