// A fatal error sets exitCode to 1 and emits 'exit' before the report is printed.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => {
  throw new Error('boom');
}, 0);
