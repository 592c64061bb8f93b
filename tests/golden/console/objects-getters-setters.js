const o = {
  get onlyGet() { return 1; },
  set onlySet(v) {},
  get both() { return 2; },
  set both(v) {},
  plain: 3,
};
console.log(o);
class Temp {
  get celsius() { return 20; }
}
console.log(new Temp());
const withDefined = Object.defineProperty({}, "visible", { get() { return 1; }, enumerable: true });
console.log(withDefined);
console.log(Object.defineProperty({ x: 1 }, "hidden", { get() { return 1; } }));
