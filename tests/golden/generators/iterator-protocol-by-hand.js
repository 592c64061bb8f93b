function* countdown(n) {
  while (n > 0) yield n--;
  return "liftoff";
}
const it = countdown(3)[Symbol.iterator]();
let res = it.next();
while (!res.done) {
  console.log("value", res.value, "done", res.done);
  res = it.next();
}
console.log("last", res);

const manual = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        i++;
        return i <= 2 ? { value: i * 10, done: false } : { value: "ret", done: true };
      },
      return(v) {
        console.log("manual return called with", v);
        return { done: true, value: v };
      },
    };
  },
};
function* wrap() {
  const r = yield* manual;
  console.log("wrap got", r);
}
console.log([...wrap()]);
const w = wrap();
w.next();
console.log("wrap return:", w.return("stop"));
