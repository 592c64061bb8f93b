// flags: --expose-gc
// WeakRef: the constructor's checks, deref, and a target kept alive until the end of
// the job that made or dereferenced it, then cleared by a collection.
const show = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
};
show(() => WeakRef({}));
show(() => new WeakRef(1));
show(() => new WeakRef(null));
show(() => new WeakRef(Symbol.for('registered')));
show(() => WeakRef.prototype.deref.call({}));
show(() => WeakRef.prototype.deref.call(new WeakMap()));
console.log(WeakRef.length, WeakRef.name, WeakRef.prototype.deref.length);
console.log(Object.getOwnPropertyNames(WeakRef.prototype));
console.log(Object.prototype.toString.call(new WeakRef({})));

const sym = Symbol('mine');
console.log(new WeakRef(sym).deref() === sym);
console.log(new WeakRef({ a: 1 }), [new WeakRef({})], { ref: new WeakRef({}) });
class Tracked extends WeakRef {}
const t = new Tracked({});
console.log(t, t instanceof WeakRef, t.deref());

let target = { name: 'target' };
const ref = new WeakRef(target);
let kept = { name: 'kept' };
const keptRef = new WeakRef(kept);
target = null;
gc();
// Made in this job: kept alive until the job's microtasks are done.
console.log('same job:', ref.deref());

setImmediate(() => {
  kept = null;
  gc();
  console.log('next task:', ref.deref(), keptRef.deref());
  let local = { name: 'local' };
  const localRef = new WeakRef(local);
  local = null;
  Promise.resolve().then(() => {
    gc();
    console.log('microtask of the same job:', localRef.deref());
    setImmediate(() => {
      gc();
      console.log('later:', localRef.deref());
    });
  });
});
