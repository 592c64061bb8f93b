// In an ES module the body runs inside a microtask checkpoint: promise callbacks run
// before process.nextTick callbacks (the reverse of CommonJS).
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
