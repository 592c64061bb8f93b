// gc-stress-interval: 100 (busy-waits: thousands of loop turns per virtual millisecond)
// A timer counts from when setTimeout was called, not from when the script started:
// t0 is armed 80 ms in, so it is due at 81 ms, after t50.
setTimeout(() => console.log('t50'), 50);
const start = Date.now();
while (Date.now() - start < 80);
setTimeout(() => console.log('t0'), 0);
