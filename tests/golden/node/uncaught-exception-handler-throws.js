// A listener that throws is fatal, with exit code 7.
process.on('uncaughtException', (e) => {
  throw new Error('inner ' + e.message);
});
setTimeout(() => {
  throw new Error('outer');
}, 0);
