function* inner() {
  yield "i1";
  yield "i2";
  return "inner-result";
}
function* outer() {
  yield "start";
  const r = yield* inner();
  console.log("yield* returned:", r);
  yield* [10, 20];
  yield* "hi";
  yield* new Set(["s"]);
  return "outer-result";
}
console.log([...outer()]);

const g = outer();
let step;
while (!(step = g.next()).done) {
  console.log("step:", step.value);
}
console.log("final:", step);

function* tree(node) {
  if (!node) return;
  yield* tree(node.left);
  yield node.value;
  yield* tree(node.right);
}
const t = { value: 2, left: { value: 1 }, right: { value: 3, right: { value: 4 } } };
console.log("in-order:", [...tree(t)]);
