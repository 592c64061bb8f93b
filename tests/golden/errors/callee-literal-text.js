// V8 prints literal callees and comma expressions out in "is not a function".
for (const f of [() => [1, "a", x => x].map2(), () => [, 2].q(), () => (1, 2, 3)(), () => 1.5(), () => [...[1]].z(), () => (0, [].at)()]) {
  try { f(); } catch (e) { console.log(e.message); }
}
