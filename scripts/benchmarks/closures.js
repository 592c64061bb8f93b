// Closure creation and calls: 1 million closures, each created, called and dropped.
function makeAdder(n) {
  return (x) => x + n;
}
function makeCounter() {
  let count = 0;
  return () => ++count;
}
const counter = makeCounter();
let sum = 0;
for (let i = 0; i < 1000000; i++) {
  const add = makeAdder(i & 1023);
  sum = (sum + add(counter())) % 1000000007;
}
console.log(sum, counter());
