// Conditions built from && and || decide their jumps operand by operand: each
// operand is evaluated at most once, in order, and only while the result is open.
const log = [];
function t(name, v) {
  log.push(name);
  return v;
}
function check(label, f) {
  log.length = 0;
  const r = f();
  console.log(label, r, log.join(" "));
}

check("if && true", () => (t("a", 1) && t("b", "x") ? "yes" : "no"));
check("if && false first", () => (t("a", 0) && t("b", 1) ? "yes" : "no"));
check("if && false last", () => (t("a", 1) && t("b", "") ? "yes" : "no"));
check("if || first", () => (t("a", {}) || t("b", 0) ? "yes" : "no"));
check("if || last", () => (t("a", NaN) || t("b", []) ? "yes" : "no"));
check("if || none", () => (t("a", null) || t("b", undefined) || t("c", 0n) ? "yes" : "no"));
check("mixed", () => (t("a", 1) && t("b", 0) || t("c", 1) && t("d", 2) ? "yes" : "no"));
check("mixed 2", () => (t("a", 0) || (t("b", 1) && (t("c", 0) || t("d", -0))) ? "yes" : "no"));
check("negated", () => (!(t("a", 1) && t("b", 1)) || !t("c", 1) ? "yes" : "no"));
check("comparisons", () => {
  const x = 5, y = "5";
  return t("a", x == y) && x !== y && (x < 3 || x >= 5) && y != null ? "yes" : "no";
});
check("nullish inside", () => ((t("a", null) ?? t("b", 0)) || t("c", "") ? "yes" : "no"));

// if / else, with assignments inside the conditions.
let n = 0;
for (let i = 0; i < 6; i++) {
  if ((i & 1 && (n += 10)) || (i > 3 && (n += 100))) {
    n += 1;
  } else {
    n -= 1;
  }
}
console.log("if/else", n);

// while, do-while and for tests.
let i = 0, steps = [];
while (i < 10 && (i % 4 !== 3 || i < 5)) steps.push(i++);
console.log("while", steps.join(","));
i = 0;
steps = [];
do steps.push(i++); while (i < 3 || (i < 8 && i % 2));
console.log("do-while", steps.join(","));
steps = [];
for (let j = 0; j < 20 && (j < 3 || j % 5 !== 0); j++) steps.push(j);
console.log("for", steps.join(","));

// A long chain.
const xs = Array.from({ length: 50 }, (_, k) => k);
let all = true;
if (xs[0] >= 0 && xs[1] >= 0 && xs[2] >= 0 && xs[3] >= 0 && xs[4] >= 0 && xs[5] >= 0 &&
    xs[6] >= 0 && xs[7] >= 0 && xs[8] >= 0 && xs[9] >= 0 && xs[10] >= 0 && xs[11] >= 0) {
  all = xs.length === 50;
}
console.log("chain", all);

// Objects with valueOf are never called for truthiness.
const o = { valueOf() { log.push("valueOf"); return 0; } };
log.length = 0;
console.log("truthy object", o && o ? "yes" : "no", log.length);

// `return c ? a : b` returns from each branch.
function sign(x) {
  return x > 0 ? "positive" : x < 0 ? "negative" : x === 0 ? "zero" : "NaN";
}
console.log([1, -1, 0, -0, NaN].map(sign).join(" "));
function firstBig(list) {
  for (const v of list) {
    return v > 10 ? v : -v;
  }
  return "empty";
}
console.log(firstBig([3, 20]), firstBig([30]), firstBig([]));
function closed() {
  const it = {
    [Symbol.iterator]() {
      return {
        next: () => ({ value: 1, done: false }),
        return() {
          console.log("iterator closed");
          return {};
        },
      };
    },
  };
  for (const v of it) return v ? "first" : "second";
}
console.log(closed());
function guarded(x) {
  try {
    return x ? x.y.z : "none";
  } catch (e) {
    return e.constructor.name;
  }
}
console.log(guarded(0), guarded({ y: { z: 7 } }), guarded({}));
function withFinally(x) {
  try {
    return x ? "yes" : "no";
  } finally {
    console.log("finally ran");
  }
}
console.log(withFinally(1), withFinally(0));
const arrow = (a, b) => (a && b ? a + b : a || b);
console.log(arrow(1, 2), arrow(0, 3), arrow(4, 0), arrow(0, 0));
class Base {
  constructor(v) {
    this.v = v;
  }
}
class Derived extends Base {
  constructor(v) {
    super(v);
    return v ? undefined : this;
  }
}
console.log(new Derived(1).v, new Derived(0).v);
async function later(x) {
  return x ? Promise.resolve("resolved") : "plain";
}
later(1).then((v) => console.log("async", v));
later(0).then((v) => console.log("async", v));
function* gen(x) {
  return x ? "done yes" : "done no";
}
console.log(gen(1).next().value, gen(0).next().value);
