// Property-access sites that have cached ordinary objects meet proxies (as receiver and as prototype).
const log = [];
const p = new Proxy({}, { get: (t, k) => (log.push(k), k === "x" ? 7 : undefined), has: (t, k) => k === "y" });
function f(o) { return o.x; }
console.log(f({ x: 1 }), f({ x: 2 }), f(p), f(p), f({ x: 3, z: 1 }));
const child = Object.create(p);
function g(o) { return o.x; }
console.log(g(child), g(child), g(Object.create({ x: 9 })), "y" in child);
function s(o) { o.x = 5; return o.x; }
const tgt = {}; const q = new Proxy(tgt, { set(t, k, v) { t[k] = v * 2; return true; } });
console.log(s({}), s({}), s(q), s(q), tgt.x, log.length);
