// refresh() starts the delay again from now, even for a timer that already fired.
const start = Date.now();
const t = setTimeout(() => {
  console.log(Date.now() - start >= 140 ? 'fired after the refresh' : 'fired at the first deadline');
}, 100);
setTimeout(() => t.refresh(), 50);
let runs = 0;
const u = setTimeout(() => {
  console.log('u run', ++runs);
  if (runs === 1) setTimeout(() => u.refresh(), 5);
}, 5);
const c = setTimeout(() => console.log('never: cleared'), 5);
clearTimeout(c);
c.refresh();
