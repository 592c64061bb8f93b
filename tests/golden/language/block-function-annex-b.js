// Sloppy code: a function declared in a block is also a var of the enclosing function
// (or script), assigned when the declaration is evaluated (Annex B.3.3).
{ function inBlock() { return "ib"; } }
console.log(typeof inBlock, inBlock());
if (true) { function inIf() { return "if"; } }
console.log(inIf());
console.log(typeof later);
{ function later() {} }
console.log(typeof later);
function ff() {
  console.log(typeof q);
  { function q() { return 1; } }
  return typeof q;
}
console.log(ff());
function blocked() {
  let b = "outer let";
  { function b() {} }
  return b;
}
console.log(blocked());
function shadow() {
  var r = [];
  { r.push(typeof s); function s() {} s = 5; r.push(typeof s); }
  r.push(typeof s);
  return r;
}
console.log(shadow());
function notReached() {
  if (false) { function nr() {} }
  return typeof nr;
}
console.log(notReached());
function inSwitch(x) {
  switch (x) { case 1: function sw() { return "sw"; } }
  return typeof sw;
}
console.log(inSwitch(1), inSwitch(2));
function loopLet() {
  for (let lf = 0; lf < 1; lf++) { function lf2() {} }
  return typeof lf2;
}
console.log(loopLet());
function twice() {
  { function t() { return 1; } }
  { function t() { return 2; } }
  return t();
}
console.log(twice());
function gen() { { function* g() {} async function a() {} } return [typeof g, typeof a]; }
console.log(gen());
function strictFn() { "use strict"; { function sf() {} } return typeof sf; }
console.log(strictFn());
function closure() { { function cf() { return "cf"; } } const get = () => cf; return get()(); }
console.log(closure());
function param(p) { { function p() {} } return typeof p; }
console.log(param(1));
try { { function tc() {} } } catch (e) {}
console.log(typeof tc);
