// 2,000,000 queueMicrotask steps, each queueing the next.
let n = 0;
let sum = 0;
function step() {
  sum = (sum + n) % 1000003;
  if (++n < 2000000) queueMicrotask(step);
  else console.log(sum);
}
queueMicrotask(step);
