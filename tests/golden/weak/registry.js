// flags: --expose-gc
// FinalizationRegistry: register and unregister with their checks, and cleanup
// callbacks run as tasks of their own after the collection that found a target dead.
const show = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
};
show(() => FinalizationRegistry(() => {}));
show(() => new FinalizationRegistry());
show(() => new FinalizationRegistry({}));
const fr = new FinalizationRegistry((held) => console.log('cleanup', held));
show(() => fr.register(1, 'held'));
const o = {};
show(() => fr.register(o, o));
show(() => fr.register(o, 'held', 2));
show(() => fr.register(o, 'held', Symbol.for('registered')));
show(() => fr.unregister('token'));
show(() => fr.unregister(undefined));
show(() => FinalizationRegistry.prototype.register.call({}, {}));
show(() => FinalizationRegistry.prototype.unregister.call(1, {}));
show(() => fr.register(o, undefined));
show(() => fr.unregister(o));
show(() => fr.register(o, 'token is the target', o));
show(() => fr.unregister(o));
show(() => fr.unregister(o));
console.log(FinalizationRegistry.length, fr.register.length, fr.unregister.length);
console.log(Object.getOwnPropertyNames(FinalizationRegistry.prototype));
console.log(fr, String(fr));

let a = { name: 'a' };
let b = { name: 'b' };
const token = {};
fr.register(a, 'held a');
fr.register(b, 'held b', token);
// A held value is held strongly.
let c = { name: 'c' };
fr.register(c, { note: 'an object held value' });
setImmediate(() => {
  a = null;
  b = null;
  console.log('unregister b:', fr.unregister(token));
  gc();
  console.log('after gc');
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('microtask'));
  setImmediate(() => {
    console.log('next check phase');
    step2();
  });
});

// A cell cleared by a collection but not yet cleaned up can still be unregistered;
// a callback's microtasks run after the task.
function step2() {
  const other = new FinalizationRegistry((held) => {
    console.log('other cleanup', held);
    Promise.resolve().then(() => console.log('microtask from the callback'));
  });
  let x = {};
  let y = {};
  const tok = {};
  other.register(x, 'x', tok);
  other.register(y, 'y');
  setImmediate(() => {
    x = null;
    y = null;
    gc();
    console.log('unregister cleared x:', other.unregister(tok));
    setImmediate(() => {
      c = null;
      gc();
    });
  });
}
