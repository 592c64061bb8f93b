// A parenthesized optional chain keeps its object as the call's this.
const o = { m() { return this === o; }, inner: { f() { return this; } } };
console.log((o?.m)(), (o?.["m"])(), (o.m)());
console.log((o?.inner.f)() === o.inner);
const n = null;
console.log((n?.m)?.());
const e = {};
for (const f of [() => (e?.m)(), () => e?.m(), () => (e.m)(), () => e?.["m"](), () => e.m?.x()]) {
  try { f(); } catch (err) { console.log(err.message); }
}
