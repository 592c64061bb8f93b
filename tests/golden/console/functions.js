function named() {}
const anon = function () {};
const arrow = () => {};
const assigned = function () {};
console.log(named);
console.log((function () {}));
console.log(arrow, anon, assigned);
console.log(() => {});
console.log(Math.max, parseInt);
console.log({ method() {}, named, inline: function () {} });
console.log(named.bind(null));
const withProps = function decorated() {};
withProps.extra = 1;
console.log(withProps);
const obj = { get g() { return 1; } };
console.log(Object.getOwnPropertyDescriptor(obj, "g").get);
console.log(Symbol, Function);
