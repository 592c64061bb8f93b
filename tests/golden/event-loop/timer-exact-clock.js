// jsloop-only: Node's timers count whole ms and may run up to 1 ms early by performance.now().
// jsloop arms and fires timers on the clock performance.now() reads, so no callback
// sees less time pass than its delay, and intervals do not drift early.
const t0 = performance.now();
setTimeout(() => console.log('100 ms passed:', performance.now() - t0 >= 100), 100);
let runs = 0;
let last = performance.now();
let early = 0;
const interval = setInterval(() => {
  const now = performance.now();
  if (now - last < 50) early++;
  last = now;
  if (++runs === 10) {
    clearInterval(interval);
    console.log('10 runs of 50 ms, early:', early, 'total at least 500 ms:', now - t0 >= 500);
  }
}, 50);
