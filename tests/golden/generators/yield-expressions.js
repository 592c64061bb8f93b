function* exprs() {
  const sum = (yield 1) + (yield 2);
  console.log("sum of sent values:", sum);
  const arr = [yield "a", yield "b"];
  console.log("array of sent values:", arr);
  console.log("yield in call args:", yield "in-call");
  const bare = yield;
  console.log("bare yield got:", bare);
}
const g = exprs();
let r = g.next();
let sent = 10;
while (!r.done) {
  console.log("yielded:", r.value);
  r = g.next(sent++);
}
function* withThisAndArgs(a, b) {
  yield this.label;
  yield arguments.length;
  yield a + b;
}
const obj = { label: "ctx", gen: withThisAndArgs };
console.log([...obj.gen(2, 3, 4)]);
const genExpr = function* named() { yield named.name; };
console.log([...genExpr()]);
