let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  if (!rounds++) setTimeout(() => console.log('timer from beforeExit'), 0);
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never: the loop is over'), 0);
  process.nextTick(() => console.log('never: ticks are dropped while exiting'));
  Promise.resolve().then(() => console.log('microtask in exit still runs'));
});
setTimeout(() => console.log('never: unref'), 1000).unref();
console.log('main done');
