const config = { retries: 0, name: "", timeout: null };
config.retries ??= 5;
config.name ||= "default";
config.timeout ??= 1000;
config.verbose &&= "never";
console.log(config);
let a = null;
let b;
const result = (a ??= b ??= "chained");
console.log("chain:", a, b, result);
let calls = 0;
const obj = {
  get v() { calls++; return "set"; },
  set v(x) { console.log("setter called", x); },
};
obj.v ??= "new";
console.log("getter-only read, no set:", calls);
const cache = {};
const getOrCreate = (k) => (cache[k] ??= { key: k, created: true });
console.log(getOrCreate("x") === getOrCreate("x"), cache);
const nested = {};
(nested.a ??= {}).b ??= [];
nested.a.b.push(1);
console.log("nested:", nested);
console.log("mixing needs parens:", (null || undefined) ?? "fallback", 0 ?? "zero kept");
let counter = 0;
const arr = [undefined, 1];
arr[counter++] ??= "filled";
arr[counter++] ??= "not filled";
console.log(arr, counter);
