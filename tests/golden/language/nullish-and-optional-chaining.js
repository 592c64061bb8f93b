const cfg = { count: 0, name: "", nested: { deep: { v: 1 } }, list: [10], fn() { return "called"; } };
console.log("?? keeps 0 and '':", cfg.count ?? 5, JSON.stringify(cfg.name ?? "default"));
console.log("|| replaces them:", cfg.count || 5, cfg.name || "default");
console.log("?? on null/undefined:", null ?? "a", undefined ?? "b");
console.log("optional deep:", cfg.nested?.deep?.v, cfg.missing?.deep?.v);
console.log("optional index:", cfg.list?.[0], cfg.nope?.[0]);
console.log("optional call:", cfg.fn?.(), cfg.nofn?.());
let calls = 0;
const nothing = null;
console.log("short-circuit:", nothing?.a.b.c(calls++), calls);
console.log("chain on primitive:", "abc"?.length);
const f = null;
console.log("f?.():", f?.());
console.log("mixed:", (null ?? 0) || "fallback");
try {
  cfg.missing.deep;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  cfg.name?.foo.bar;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
