// After 5 ms of work the 1 ms timer is due before the loop starts: libuv runs the due
// timers once before its first turn, so the timeout comes first.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
const start = Date.now();
while (Date.now() - start < 5);
