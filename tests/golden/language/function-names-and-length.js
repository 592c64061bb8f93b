function declared(a, b) {}
const expr = function (a) {};
const namedExpr = function inner() {};
const arrow = (a, b, c) => {};
const obj = { method() {}, ["comp" + "uted"]: function () {}, get acc() { return 1; } };
class K { static s() {} }
console.log(declared.name, declared.length);
console.log(expr.name, expr.length);
console.log(namedExpr.name);
console.log(arrow.name, arrow.length);
console.log(obj.method.name, obj.computed.name);
console.log(Object.getOwnPropertyDescriptor(obj, "acc").get.name);
console.log(K.name, K.s.name);
console.log("bound:", declared.bind(null).name, declared.bind(null, 1).length);
console.log("anonymous:", JSON.stringify((function () {}).name), JSON.stringify((() => {}).name));
const sym = Symbol("desc");
const withSym = { [sym]() {} };
console.log("symbol-named:", withSym[sym].name);
let assigned;
assigned = function () {};
console.log("assignment infers name:", assigned.name);
const { defaulted = () => {} } = {};
console.log("destructuring default infers name:", defaulted.name);
