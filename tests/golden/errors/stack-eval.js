// Code run by eval: its frames read `eval at <caller> (<place of the call>), <anonymous>:L:C`,
// and a direct eval(...) leaves no frame for the eval builtin.
const frames = (e) => e.stack.split('\n').filter((l) => !l.includes('node:')).map((l) => l.replace(/\/\S*\//, '')).join('\n');
try {
  eval('throw new Error("top")');
} catch (e) {
  console.log(frames(e));
}
function f() {
  try {
    const indirect = eval;
    indirect('\n  null.x');
  } catch (e) {
    console.log(frames(e));
  }
}
f();
try {
  eval('function g() { throw new Error("in g"); }\ng()');
} catch (e) {
  console.log(frames(e));
}
try {
  eval('eval("throw new Error(1)")');
} catch (e) {
  console.log(frames(e));
}
const o = { m() { return eval('new Error("m")'); } };
console.log(frames(o.m()));
