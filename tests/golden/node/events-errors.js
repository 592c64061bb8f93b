// 'error' with no listener throws, Node's argument checks, and the
// MaxListenersExceededWarning (emitted as a 'warning' event).
const EventEmitter = require('node:events');
const e = new EventEmitter();
for (const value of [new TypeError('bad'), 42, undefined, { a: 1 }, 'text']) {
  try {
    e.emit('error', value);
  } catch (err) {
    console.log(err === value, err.name, err.message, err.code, err.context);
  }
}
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('boom')));

for (const f of [() => e.on('x', 1), () => e.setMaxListeners(-1), () => e.setMaxListeners('2'),
  () => { EventEmitter.defaultMaxListeners = -1; }]) {
  try {
    f();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

process.on('warning', (w) => {
  console.log(w.name, w.message);
  console.log(w.count, w.type, w.emitter === e);
});
process.removeAllListeners('warning');
process.on('warning', (w) => console.log(w.name, '|', w.message, '|', w.count, w.type, w.emitter === e));
for (let i = 0; i < 12; i++) {
  e.on('many', () => {});
}
class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(1);
c.on('y', () => {});
c.on('y', () => {});
EventEmitter.defaultMaxListeners = 2;
const f = new EventEmitter();
f.on('z', () => {});
f.on('z', () => {});
f.on('z', () => {});
console.log('sync done');
