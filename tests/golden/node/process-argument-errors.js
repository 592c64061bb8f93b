// Node's argument checks and odd receivers, error by error.
const tries = [
  () => (process.exitCode = '3'),
  () => (process.exitCode = 1.5),
  () => (process.exitCode = {}),
  () => process.hrtime([1]),
  () => process.hrtime(5),
  () => process.chdir(5),
  () => process.emit.call(1, 'x'),
  () => process.stdout.write(),
  () => process.stdout.write('', () => console.log('write callback, from a tick')),
  () => process.emitWarning(5),
  () => process.emit('error', 'str'),
  () => process.emit('error'),
  () => process.setMaxListeners(-1),
  () => process.setMaxListeners('a'),
  () => process.listeners(Symbol('s')).length,
  () => process.off('nothing', () => {}) === process,
  () => Object.getPrototypeOf(setTimeout(() => {})).refresh.call({}),
];
for (const t of tries) {
  try {
    console.log('ok', t());
  } catch (e) {
    console.log('threw', e.name, e.message);
  }
}
try {
  process.chdir('./does-not-exist');
} catch (e) {
  console.log(e.code, e.errno, e.syscall, e.dest, e.message.startsWith('ENOENT: no such file or directory'));
}
process.exitCode = undefined;
