// `with` puts an object's properties in scope (sloppy code only).
function basics(o) {
  var x = 'local';
  with (o) {
    console.log(x, typeof y, typeof missing);
    x = 'assigned';
    var v = 3; // the var belongs to the function; the assignment goes to o.v if o has it
  }
  console.log(x, o.x, v, o.v);
}
basics({ x: 1, y: 2, v: 0 });
basics({ y: 2 });

// Symbol.unscopables hides names from the with scope.
function unscopable() {
  var b = 'outer b';
  var o = { a: 1, b: 2, [Symbol.unscopables]: { b: true } };
  with (o) {
    console.log(a, b);
  }
  with ([1, 2, 3]) {
    console.log(length, join('-'), typeof keys, typeof values);
  }
}
unscopable();

// Closures made inside the body keep seeing the object, even after it changes.
function closures() {
  var o = { n: 1 };
  var get, set;
  with (o) {
    get = function () { return n; };
    set = (v) => { n = v; };
  }
  set(10);
  console.log(get(), o.n);
  delete o.n;
  try {
    get();
  } catch (e) {
    console.log(e.message);
  }
}
closures();

// Calling a function found on the object passes the object as `this`.
function calls() {
  var o = {
    name: 'o',
    who() { return this && this.name; },
  };
  with (o) {
    console.log(who());
  }
}
calls();

// Assignment to a name no scope has creates a global in sloppy code.
function missing() {
  with ({}) {
    madeGlobal = 5;
  }
  console.log(globalThis.madeGlobal, typeof madeGlobal);
}
missing();

// A getter and a proxy see exactly the lookups the spec makes.
function observed() {
  var log = [];
  var target = { p: 1 };
  var proxy = new Proxy(target, {
    has(t, k) {
      log.push('has ' + String(k));
      return k in t;
    },
    get(t, k) {
      log.push('get ' + String(k));
      return t[k];
    },
  });
  with (proxy) {
    p;
    q = 2;
  }
  console.log(log.join(', '));
}
observed();

// break and exceptions leave the with scope.
function leaving() {
  var x = 'outer';
  for (var i = 0; i < 3; i++) {
    with ({ x: i }) {
      if (x === 1) break;
    }
  }
  try {
    with ({ x: 'inner' }) {
      throw x;
    }
  } catch (e) {
    console.log(e, x, i);
  }
}
leaving();

try {
  with (null) {
  }
} catch (e) {
  console.log(e.constructor.name, e.message);
}
