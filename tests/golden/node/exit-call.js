// process.exit() emits 'exit' at once and stops everything: no catch, no finally, no
// more timers.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('never'), 0);
try {
  console.log('before');
  process.exit(3);
} catch {
  console.log('never: catch');
} finally {
  console.log('never: finally');
}
