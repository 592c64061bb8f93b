// jsloop-only: V8 resolves an assignment's target again after the right side ran; the spec
// (13.15.2, 13.4) and test262 (S11.13.2_A5-A7) resolve it once, first.
// An assignment resolves its target before the right side runs: the binding found
// then is the one written, even if the right side deletes or shadows it.
var x = 0;
var scope = {
  get x() {
    delete this.x;
    return 6;
  },
};
with (scope) {
  x /= 3;
}
console.log(scope.x, x);

var y = 'outer';
var box = { y: 1 };
with (box) {
  y = (delete box.y, 2);
}
console.log(box.y, y);

function shadowedByEval() {
  var z = 3;
  var inner = (function () {
    z *= (eval('var z = 2;'), 4);
    return z;
  })();
  console.log(inner, z);
}
shadowedByEval();

function counted() {
  var n = 1;
  return (function () {
    n++;
    n = (eval('var n = 10'), n + 1);
    return n;
  })() + ' ' + n;
}
console.log(counted());

// `o[k] op= v`: the base is checked before the key is converted, and the key is
// converted once.
var conversions = 0;
var key = {
  toString() {
    conversions++;
    return 'p';
  },
};
var target = { p: 1 };
target[key] += 1;
target[key]++;
console.log(target.p, conversions);

try {
  var nothing = null;
  nothing[key] += 1;
} catch (e) {
  console.log(e.constructor.name, conversions);
}
