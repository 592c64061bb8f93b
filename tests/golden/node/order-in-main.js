// Sync code, then the ticks, then the promise jobs; the loop starts after 5 ms of
// work, so the due timer runs before the check phase.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
queueMicrotask(() => console.log('microtask'));
console.log('sync');
const start = Date.now();
while (Date.now() - start < 5);
