// How V8 words a value that is not iterable at each kind of site: it prints the
// source text where its call printer finds the value, and describes the value otherwise.
const N = null, o = {}, five = 5;
const cases = [
  () => { const [a] = N; },
  () => { const [a] = o; },
  () => { const [[a]] = [1]; },
  () => { let a; [a] = o; },
  () => { (function([a]){})(1); },
  () => { const [a] = o.x; },
  () => [...o],
  () => [...N],
  () => [...o.y],
  () => Math.max(...five),
  () => { for (const [a] of [1]) {} },
  () => { const {a: [b]} = {a: 1}; },
  () => { const [a] = 1 + 2; },
  () => { const [a] = (() => 3)(); },
  () => new Map(o),
  () => Array.from(five),
  () => { const [a = 1] = undefined; },
  () => { for (const x of o.z) {} },
  () => Promise.all(five).catch(e => console.log('async', e.message)),
  () => { function* g() { yield* five; } g().next(); },
];
for (const f of cases) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name + ": " + e.message); }
}
