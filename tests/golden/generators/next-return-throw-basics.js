function* gen() {
  yield 1;
  yield 2;
  return 3;
}
const g = gen();
console.log("first:", g.next());
console.log("second:", g.next());
console.log("return value:", g.next());
console.log("after done:", g.next());

const r = gen();
console.log("r first:", r.next());
console.log("r.return(42):", r.return(42));
console.log("r after return:", r.next());

const t = gen();
console.log("t first:", t.next());
try {
  t.throw(new Error("boom"));
} catch (e) {
  console.log("caught from t.throw:", e.message);
}
console.log("t after throw:", t.next());

const fresh = gen();
console.log("return before start:", fresh.return("early"));
console.log("next after early return:", fresh.next());
