// errorMonitor, captureRejections, getEventListeners / getMaxListeners / setMaxListeners
// on emitters and EventTargets.
const events = require('events');
const { EventEmitter, errorMonitor, getEventListeners, setMaxListeners, listenerCount, captureRejectionSymbol } = events;
console.log(typeof errorMonitor, typeof getEventListeners, typeof setMaxListeners, typeof listenerCount, String(captureRejectionSymbol));
console.log(EventEmitter.captureRejections, events.defaultMaxListeners);
const e = new EventEmitter();
e.on('x', () => {}); e.on('x', function named() {});
console.log(getEventListeners(e, 'x'), listenerCount(e, 'x'), EventEmitter.listenerCount(e, 'x'));
const et = new EventTarget(); et.addEventListener('y', () => {});
console.log(getEventListeners(et, 'y').length);
setMaxListeners(1, e);
console.log(e.getMaxListeners());
e.on(errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('error', err.message));
e.emit('error', new Error('E1'));
const c = new EventEmitter({ captureRejections: true });
c.on('ev', async () => { throw new Error('rejected'); });
c.on('error', (err) => console.log('captured', err.message));
c.emit('ev');
const d = new EventEmitter({ captureRejections: true });
d[Symbol.for('nodejs.rejection')] = (err, name, ...args) => console.log('custom', err.message, name, args);
d.on('z', async () => { throw new Error('r2'); });
d.emit('z', 1, 2);
const m = new EventEmitter();
const t2 = new EventTarget();
console.log(events.getMaxListeners(t2), events.getMaxListeners(e));
setMaxListeners(3, t2); console.log(events.getMaxListeners(t2));
const h = { handleEvent() {} }; t2.addEventListener('q', h); t2.addEventListener('q', () => {});
console.log(getEventListeners(t2, 'q'), getEventListeners(t2, 'none'));
try { getEventListeners(42, 'x'); } catch (err) { console.log(err.code, err.message); }
