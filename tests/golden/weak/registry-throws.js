// flags: --expose-gc
// An exception in a cleanup callback is an uncaught exception.
const fr = new FinalizationRegistry((held) => {
  console.log('cleanup', held);
  throw new Error(`cleanup of ${held} failed`);
});
let target = {};
fr.register(target, 'target');
setImmediate(() => {
  target = null;
  gc();
  console.log('collected', fr);
});
