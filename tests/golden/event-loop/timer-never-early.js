// gc-stress-interval: 100 (busy-waits: thousands of loop turns per virtual millisecond)
// A timer does not run before its delay has passed on the clock performance.now() and
// Date.now() read (Node's clock counts whole ms, so a gap of 49.x ms can show), and an
// interval is armed again from when its callback started.
const t0 = performance.now();
const d0 = Date.now();
setTimeout(() => {
  console.log('timeout waited 100 ms:', performance.now() - t0 >= 99, Date.now() - d0 >= 99);
}, 100);
let runs = 0;
let last = performance.now();
const interval = setInterval(() => {
  const now = performance.now();
  const gap = now - last;
  last = now;
  runs++;
  const work = Date.now();
  while (Date.now() - work < 30);
  if (gap < 49) console.log('interval ran early:', gap);
  if (runs === 5) {
    clearInterval(interval);
    console.log('interval ran 5 times, none early');
  }
}, 50);
