// 100 000 ticks take more than a millisecond, so the timer is due when the loop
// starts and runs before the immediate.
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
let n = 0;
function tick() {
  if (++n < 100000) process.nextTick(tick);
  else console.log('ticks done', n);
}
process.nextTick(tick);
