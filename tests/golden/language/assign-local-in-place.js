// Assignments to locals computed straight into the variable: the operands still see
// the old value, and an exception part way leaves the variable unchanged.
function f(o) {
  var x = 1;
  x = x + (x = 5);
  console.log(x);
  var list = { v: 1, next: { v: 2, next: null } };
  var n = list;
  var seen = [];
  while (n) { seen.push(n.v); n = n.next; }
  console.log(seen);
  var y = 10;
  try { y = o.missing.deep; } catch (e) { console.log(e.constructor.name, y); }
  try { y = y + { valueOf() { throw new Error("no"); } }; } catch (e) { console.log(e.message, y); }
  try { y = thrower(y); } catch (e) { console.log(e.message, y); }
  var z = y;
  z = [z, z][1];
  console.log(z);
  var w;
  console.log(w);
  for (var i = 0; i < 3; i++) { var inner; console.log(inner); inner = i; }
  let k = 3;
  k = k * k;
  console.log(k);
  var g = function () {};
  var h;
  h = function () {};
  console.log(g.name, h.name);
}
function thrower(v) { throw new Error("thrown with " + v); }
function params(a = 1, b = a + 1) { var c; var d = c; console.log(a, b, c, d); }
f({});
params();
params(5);
