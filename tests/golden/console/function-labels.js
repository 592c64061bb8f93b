// A function's label: its kind, its `name` (inspected when not a string), and the
// constructor when that is not the function's own kind.
console.log(Function.prototype, { f: Function.prototype });
const named = (name) => {
  const f = function () {};
  Object.defineProperty(f, "name", { value: name });
  return f;
};
console.log(named(42), named(Symbol("s")), named(undefined), named(null), named(""));
console.log(named(true), [named(-0)]);
const getter = function () {};
Object.defineProperty(getter, "name", { get: () => "fromGetter" });
console.log(getter);
const inherited = function () {};
delete inherited.name;
console.log(inherited, Object.setPrototypeOf(named(""), { name: "proto" }));
console.log(async function af() {}, function* gf() {}, async function* agf() {}, async () => {});
class WithStaticName {
  static get name() {
    return "Shown";
  }
}
class Zero {
  static name = 0;
}
class Sub extends WithStaticName {}
console.log(WithStaticName, Zero, Sub);
console.log(Object.setPrototypeOf(function nullProto() {}, null));
