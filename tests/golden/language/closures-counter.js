function makeCounter(start) {
  let count = start;
  return {
    inc() { return ++count; },
    dec() { return --count; },
    get value() { return count; },
  };
}
const c1 = makeCounter(0);
const c2 = makeCounter(10);
c1.inc();
c1.inc();
c2.dec();
console.log("c1:", c1.value, "c2:", c2.value);

function adder(x) {
  return function (y) {
    return x + y;
  };
}
const add5 = adder(5);
console.log("add5(3):", add5(3));
console.log("adder(1)(2):", adder(1)(2));

function once(fn) {
  let done = false, result;
  return function () {
    if (!done) { done = true; result = fn(); }
    return result;
  };
}
let calls = 0;
const init = once(() => ++calls);
init(); init(); init();
console.log("once called fn", calls, "time(s)");
