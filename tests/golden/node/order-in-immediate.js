setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 3 (next turn)'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
});
setImmediate(() => {
  console.log('immediate 2');
  process.nextTick(() => console.log('nextTick 2'));
});
