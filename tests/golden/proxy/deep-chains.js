// gc-stress-interval: 1000 (chains of tens of thousands of proxies: a collection at every link is quadratic)
// Long chains of proxies without traps forward each operation to the next target;
// past the nesting the stack allows, V8's RangeError (a chain of 1,000 works).
function chain(start, n) {
  let p = start;
  for (let i = 0; i < n; i++) p = new Proxy(p, {});
  return p;
}
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
const short = chain({ x: 1 }, 1000);
attempt("get", () => short.x);
attempt("set", () => { short.y = 2; return short.y; });
attempt("keys", () => Object.keys(short));
attempt("isArray", () => Array.isArray(chain([], 1000)));
attempt("call", () => chain(() => 42, 1000)());
const long = chain({ x: 1 }, 100000);
attempt("get", () => long.x);
attempt("set", () => { long.y = 2; });
attempt("has", () => "x" in long);
attempt("keys", () => Object.keys(long));
attempt("isArray", () => Array.isArray(chain([], 100000)));
attempt("typeof", () => typeof long);
attempt("call", () => chain(function () { return 1; }, 100000)());
attempt("construct", () => new (chain(function () {}, 100000))());
let inherited = {};
for (let i = 0; i < 20000; i++) inherited = Object.create(new Proxy(inherited, {}));
attempt("inherited get", () => inherited.x);
attempt("inherited in", () => "x" in inherited);
attempt("for-in", () => { for (const k in inherited) return k; return "none"; });
