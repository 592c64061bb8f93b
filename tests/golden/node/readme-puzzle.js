// The README's worked puzzle: ticks, then microtasks, after a timer's callback; the
// check phase before the next turn's timers.
setTimeout(() => {
  console.log('timer');
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout'), 0);
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
}, 5);
