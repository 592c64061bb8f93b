// process is an EventEmitter: listeners run in order, once removes itself first, and
// an emit calls the listeners present when it started.
const log = (...a) => console.log(...a);
process.on('newListener', (event) => { if (event === 'demo') log('newListener', event); });
const second = () => log('second');
process.on('demo', () => {
  log('first');
  process.off('demo', second);
  process.on('demo', () => log('added during emit'));
});
process.on('demo', second);
process.once('demo', (x) => log('once', x));
process.prependListener('demo', () => log('prepended'));
log(process.listenerCount('demo'), process.emit('demo', 1));
log(process.listenerCount('demo'), process.emit('demo', 2));
log(process.emit('nobody'), process.eventNames().includes('demo'));
process.prependOnceListener('other', () => log('other once'));
log(process.rawListeners('other')[0].name, typeof process.listeners('other')[0]);
process.removeAllListeners('other');
log(process.listenerCount('other'), process.getMaxListeners());
try {
  process.on('demo', 'not a function');
} catch (e) {
  log(e.name, e.message);
}
