let ticks = 0;
const id = setInterval(() => {
  ticks++;
}, 1);
setTimeout(() => {
  clearInterval(id);
  console.log('stopped after at least one tick:', ticks > 0);
}, 50);
