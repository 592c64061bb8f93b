function* conversation() {
  console.log("started");
  const name = yield "What is your name?";
  console.log("got name:", name);
  const age = yield "How old are you?";
  console.log("got age:", age);
  return `${name} is ${age}`;
}
const c = conversation();
console.log("1:", c.next("ignored first value"));
console.log("2:", c.next("Ada"));
console.log("3:", c.next(36));
console.log("4:", c.next("late"));

function* accumulator() {
  let total = 0;
  while (true) {
    const x = yield total;
    if (x === undefined) break;
    total += x;
  }
  return total;
}
const acc = accumulator();
acc.next();
console.log(acc.next(5).value, acc.next(10).value, acc.next(-3).value);
console.log("finish:", acc.next());
