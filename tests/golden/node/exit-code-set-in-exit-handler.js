// The code is read again after the 'exit' listeners: one may change it.
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 9;
});
console.log('done');
