function* resilient() {
  let i = 0;
  while (i < 3) {
    try {
      yield i;
    } catch (e) {
      console.log("caught inside:", e);
    }
    i++;
  }
  return "end";
}
const g = resilient();
console.log(g.next());
console.log("throw result:", g.throw("oops"));
console.log(g.next());
console.log(g.next());

function* plain() {
  yield 1;
}
const p = plain();
try {
  p.throw(new TypeError("not started"));
} catch (e) {
  console.log("unstarted throw:", e.name, e.message);
}
console.log("p now:", p.next());

function* delegating() {
  try {
    yield* resilient();
  } catch (e) {
    console.log("never");
  }
}
const d = delegating();
d.next();
console.log("delegated throw:", d.throw("to inner"));
