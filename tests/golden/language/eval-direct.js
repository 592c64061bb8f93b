// Direct eval sees and declares into its caller's scope; indirect eval runs globally.
globalThis.where = 'global';

function sloppyVars() {
  var a = 1;
  eval('var b = a + 1; function twice() { return b * 2; }');
  console.log(b, twice(), typeof b);
  eval('let hidden = 5; var shown = hidden;');
  console.log(typeof hidden, shown);
  // A var an earlier eval declared can be deleted; declared vars cannot.
  console.log(delete b, typeof b, delete a);
  return () => eval('a + shown');
}
console.log(sloppyVars()());

function strictVars() {
  'use strict';
  var a = 1;
  eval('var b = 2; a = 3;');
  console.log(typeof b, a);
}
strictVars();

function strictCode() {
  eval('"use strict"; var kept = 1;');
  return typeof kept;
}
console.log(strictCode());

// `this`, `arguments` and `new.target` are the caller's, also from arrows.
function implicit(x, y) {
  return eval('arguments.length + ":" + x + y + ":" + this.name');
}
console.log(implicit.call({ name: 'me' }, 'p', 'q'));
const viaArrow = function () {
  return (() => eval('this.v + arguments[0]'))();
};
console.log(viaArrow.call({ v: 40 }, 2));
function Made() {
  this.target = eval('new.target') === Made;
}
console.log(new Made().target);

// Indirect eval (anything but a plain `eval(...)` call) sees only globals.
function indirect() {
  var where = 'local';
  var geval = eval;
  return [eval('where'), geval('where'), (0, eval)('where'), globalThis.eval('where')];
}
console.log(indirect());

// An eval var may not hoist past a lexical declaration of its name.
function conflicts() {
  let q = 1;
  try {
    eval('var q = 2');
  } catch (e) {
    console.log(e.name, e.message);
  }
  {
    let r;
    try {
      eval('function r() {}');
    } catch (e) {
      console.log(e.name, e.message);
    }
  }
  try {
    eval('let z = 1; var z;');
  } catch (e) {
    console.log(e.name, e.message);
  }
}
conflicts();

// An eval var shadows an outer binding for the code of that function only.
function shadowing() {
  var x = 'outer';
  function inner() {
    eval("var x = 'inner'");
    return x;
  }
  return [inner(), x];
}
console.log(shadowing());

// Completion values, non-string arguments, syntax errors.
function completions() {
  console.log(eval('1; if (true) { 2; }'), eval('var v = 3'), eval('for (var i = 0; i < 3; i++) i * 10'));
  console.log(eval('1; while (false) {}'), eval('2; with ({}) {}'), eval('3; if (true) {}'), eval('4; {}'));
  const obj = { k: 1 };
  console.log(eval(obj) === obj, eval(), eval(42));
  try {
    eval('let let = 1');
  } catch (e) {
    console.log(e.name);
  }
}
completions();

// Nested eval and eval inside with.
function nested(o) {
  var depth = 0;
  eval('var depth2 = eval("depth + 2")');
  with (o) {
    return [depth2, eval('p + depth2')];
  }
}
console.log(nested({ p: 'from with:' }));

// Closures made by eval code capture the caller's variables.
function counter() {
  var n = 0;
  var inc = eval('(function () { return ++n; })');
  inc();
  inc();
  return n;
}
console.log(counter());

