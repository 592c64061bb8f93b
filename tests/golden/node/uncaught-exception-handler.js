// A listener makes the error non-fatal. After a timer threw, the next due timer runs
// before the ticks the thrower queued; the same holds in the check phase.
process.on('uncaughtException', (e, origin) => console.log('handler:', e.message, origin));
setTimeout(() => {
  process.nextTick(() => console.log('T1 tick'));
  throw new Error('T1');
}, 0);
setTimeout(() => console.log('T2'), 0);
setImmediate(() => {
  throw new Error('I1');
});
setImmediate(() => console.log('I2'));
const start = Date.now();
while (Date.now() - start < 5);
