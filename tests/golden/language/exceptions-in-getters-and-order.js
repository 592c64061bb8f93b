const log = [];
function t(label, v) {
  log.push(label);
  return v;
}
t("a", 1) + t("b", 2) * t("c", 3);
console.log("operands left to right:", log.join(""));
log.length = 0;
function f(x, y, z) {}
f(t("1"), t("2"), t("3"));
console.log("arguments left to right:", log.join(""));
log.length = 0;
const o = { [t("k1", "a")]: t("v1"), [t("k2", "b")]: t("v2") };
console.log("object literal order:", log.join(" "));
const thrower = {
  get bad() {
    throw new Error("getter failed");
  },
};
try {
  const { ok = 1, bad } = thrower;
} catch (e) {
  console.log("from destructuring:", e.message);
}
try {
  console.log("never", thrower.bad);
} catch (e) {
  console.log("from access:", e.message);
}
