// More not-iterable sites: literals, parenthesized and member initializers, spreads
// into calls, for-of heads, reading @@iterator from null, for await.
const N = null, o = {}, five = 5, s = Symbol('q');
function F() {}
const cases = [
  () => { const [a] = this; },
  () => { const [a] = undefined; },
  () => { var [a] = true; },
  () => { let [a] = -1; },
  () => { const [a] = (o); },
  () => { const [a] = o?.x; },
  () => { const [a] = new F(); },
  () => { const [a] = function(){}; },
  () => { const [a] = `t${1}`.length; },
  () => { const [a] = /re/; },
  () => { const [a] = s; },
  () => { const [a] = o, [b] = five; },
  () => { let a; [a] = five; },
  () => { let a; ([a] = N); },
  () => f(...five),
  () => f(...N),
  () => f(1, ...o),
  () => new F(...o),
  () => [1, ...five],
  () => [...o.y.z],
  () => [...o[0]],
  () => undefined[Symbol.iterator],
  () => N[Symbol.iterator](),
  () => { for (const x of N) {} },
  () => { for (const x of o.q) {} },
  () => { for (const x of (1, o)) {} },
  () => { for (const [a] of [[1], 2]) {} },
  () => { for (const {a: [b]} of [{a: 1}]) {} },
  () => new Set(o),
  () => new WeakMap(five),
  () => Object.fromEntries(five),
  () => Array.from(o.q),
];
function f() {}
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.name + ": " + e.message); }
}
async function g() { for await (const x of five) {} }
g().catch(e => console.log(e.message));
async function h() { for await (const x of o) {} }
h().catch(e => console.log(e.message));
