// Inside a callback of the loop the check phase (immediates) always comes before the
// next timers phase, so the order is fixed.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 0);
