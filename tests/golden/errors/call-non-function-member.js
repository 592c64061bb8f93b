const o = { f: "not callable", g() { return 1; } };
console.log("o.g() =", o.g());
function run() {
  return o.f();
}
run();
