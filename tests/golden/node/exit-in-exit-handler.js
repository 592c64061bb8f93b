// 'exit' is emitted once: process.exit() inside a listener ends at once, with its code,
// and the later listeners do not run.
process.on('exit', (code) => {
  console.log('first listener', code);
  process.exit(6);
});
process.on('exit', () => console.log('never: second listener'));
setTimeout(() => {
  console.log('timer');
  process.exitCode = 4;
  process.exit();
}, 1);
