// Inside a timer: the tick queue, then the microtasks, then the check phase (later in
// the same turn), and only in the next turn the new timer.
setTimeout(function timer() {
  console.log('timer');
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout'), 0);
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
}, 5);
