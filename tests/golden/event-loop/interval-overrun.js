// gc-stress-interval: 100 (busy-waits: thousands of loop turns per virtual millisecond)
// An interval whose callback takes longer than its period runs again as soon as the
// callback returns (due at callback start + period), without catching up.
let runs = 0;
const start = Date.now();
const times = [];
const interval = setInterval(() => {
  times.push(Date.now() - start);
  const work = Date.now();
  while (Date.now() - work < 80);
  if (++runs === 4) {
    clearInterval(interval);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    console.log('runs', runs, 'gaps at least 80 ms:', gaps.every((g) => g >= 80));
    setTimeout(() => console.log('timer after the interval'), 0);
  }
}, 50);
