// Closures reading and writing `let`/`const` of enclosing functions: before the
// declaration ran they throw, after it they see the value.
function report(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ":", e.message);
  }
}

// A hoisted declaration can run before the `let` it reads.
function hoisted() {
  report("hoisted, early:", () => g());
  let x = 1;
  report("hoisted, late:", () => g());
  function g() { return x; }
}
hoisted();

// An arrow made after the declaration; one made before it.
function order() {
  const before = () => y;
  report("arrow before, early:", before);
  let y = 2;
  const after = () => y;
  report("arrow before, late:", before);
  report("arrow after:", after);
}
order();

// Writes from closures.
function writes() {
  const early = () => { z = 5; return z; };
  report("write early:", early);
  let z = 3;
  const late = () => { z += 1; return z; };
  report("write late:", late);
  report("write early, now:", early);
  const c = 1;
  report("const write:", () => { c = 2; });
}
writes();

// A switch case can jump over a declaration in its scope.
function switched(n) {
  switch (n) {
    case 0:
      let w = "zero";
    case 1:
      return (() => w)();
  }
}
report("switch 0:", () => switched(0));
report("switch 1:", () => switched(1));

// A declaration whose initializer makes the closure.
report("self init:", () => { let v = (() => v)(); return v; });
report("destructuring:", () => { let [a = () => b, b = 1] = []; return a(); });

// Loops: each iteration's closures see their own binding.
function loops() {
  const fs = [];
  for (let i = 0; i < 3; i++) {
    if (i === 1) report("previous iteration's closure:", fs[0]);
    let k = i * 10;
    fs.push(() => k);
  }
  return fs.map((f) => f()).join(",");
}
report("loops:", loops);

// Nested functions two levels deep.
function outer() {
  let m = "m";
  return function middle() {
    return () => m + "!";
  };
}
report("nested:", () => outer()()());

// A class and its methods made before and after a binding.
function classes() {
  class A { get v() { return q; } }
  report("class before:", () => new A().v);
  let q = "q";
  class B { get v() { return q; } }
  report("class after:", () => new B().v + new A().v);
}
classes();

// Direct eval sees the binding as its call site does.
function evals() {
  report("eval early:", () => eval("e"));
  let e = "e";
  report("eval late:", () => eval("e"));
}
evals();
