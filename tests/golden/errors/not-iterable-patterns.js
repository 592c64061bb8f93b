// Not-iterable values in nested patterns, parameters, assignment patterns and yield*.
const o2 = {a: 1}, o3 = [1], o4 = [{a: 1}], o = {};
const cases = [
  () => { const {a: [b]} = o2; },
  () => { const [[b]] = o3; },
  () => { const {a: {c: [b]}} = {a: {c: 1}}; },
  () => { let a; for ([a] of [1]) {} },
  () => { let a; for ([[a]] of [[1]]) {} },
  () => { for (const {a: [b]} of o4) {} },
  () => { for (const [[b]] of [[1]]) {} },
  () => { function p([a]){}; p(1) },
  () => { function q({a: [b]}){}; q({a: 1}) },
  () => { (([a]) => 0)(1) },
  () => { let a; ({a: [a]} = o2); },
  () => { let a; [[a]] = [1]; },
  () => { const [a] = -1; },
  () => { const [a] = !0; },
  () => { const [a] = typeof o; },
  () => { const [a] = class {}; },
  () => { const [a] = () => 1; },
  () => { const [a] = o ? 1 : 2; },
  () => { const [a] = `x`; console.log('ok', a) },
  () => { for (let [a] = o;;) {} },
  () => { const [a] = async function(){}; },
  () => { try { throw 1 } catch ([a]) {} },
  () => { const [a] = o, [b] = o.x; },
  () => f(...o.x),
  () => f(...undefined),
  () => new f(...null),
  () => f(...o[0]),
  () => [...o.q.bind],
  () => { function* g() { yield* o; } g().next(); },
  () => { function* g() { yield* null; } g().next(); },
];
function f() {}
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.name + ": " + e.message); }
}

const more = [
  () => { let b; for ({a: [b]} of [{a: 1}]) {} },
  () => { let b; for ([[b]] of [[1]]) {} },
  () => null(),
  () => true(),
  () => { const [a] = null; },
  () => [...true],
];
for (const f of more) { try { f() } catch (e) { console.log(e.message) } }
