function* steps() {
  const a = yield Promise.resolve(1);
  console.log('step got', a);
  const b = yield new Promise((r) => setTimeout(() => r(2), 0));
  console.log('step got', b);
  return a + b;
}
function run(gen) {
  return new Promise((resolve) => {
    const it = gen();
    function step(value) {
      const r = it.next(value);
      if (r.done) return resolve(r.value);
      Promise.resolve(r.value).then(step);
    }
    step();
  });
}
run(steps).then((v) => console.log('runner result', v));
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync end');
