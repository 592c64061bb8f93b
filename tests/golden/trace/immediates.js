// The check phase runs the immediates queued before it began: one queued meanwhile
// waits for the next turn, and a cleared one never runs. Ticks and promise jobs run
// between immediates.
setImmediate(function first() {
  console.log('I1');
  setImmediate(() => console.log('I4, queued by I1'));
  process.nextTick(() => console.log('tick from I1'));
  Promise.resolve().then(() => console.log('promise from I1'));
});
const dropped = setImmediate(() => console.log('never'));
setImmediate(function second() {
  console.log('I2');
  clearImmediate(third);
});
const third = setImmediate(() => console.log('never either'));
clearImmediate(dropped);
console.log('sync');
