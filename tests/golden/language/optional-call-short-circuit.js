const obj = {
  name: "obj",
  greet() { return "hi from " + this.name; },
  nested: { deep: { value: 42 } },
};
console.log("method keeps this:", obj.greet?.());
console.log("missing method:", obj.missing?.());
console.log("missing object:", obj.nope?.greet());
let calls = 0;
const inc = () => ++calls;
const nothing = null;
console.log("short-circuit args:", nothing?.method(inc()), calls);
console.log("long chain:", nothing?.a.b.c.d, obj.nested?.deep?.value);
console.log("computed:", obj?.["na" + "me"], nothing?.[inc()], calls);
console.log("delete optional:", delete nothing?.x, delete obj?.nested.deep.value, obj.nested.deep);
const fnOrNull = [null][0];
console.log("optional call on null fn:", fnOrNull?.());
try {
  obj.name?.();
} catch (e) {
  console.log("not a function:", e.constructor.name);
}
console.log("with parens:", (nothing?.a)?.b);
const arr = [[1, 2]];
console.log("arrays:", arr?.[0]?.[1], arr[5]?.[0]);
class A { m() { return this instanceof A; } }
const a = new A();
console.log("class method optional:", a.m?.(), a["m"]?.());
