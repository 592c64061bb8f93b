// EventEmitter from node:events: the class, subclassing, listener order, once,
// prepend, removal, the newListener/removeListener events and inspection.
const EventEmitter = require('events');
const { EventEmitter: Named, once, on } = require('node:events');
console.log(typeof EventEmitter, EventEmitter === Named, typeof once, typeof on);
console.log(EventEmitter.defaultMaxListeners, process instanceof EventEmitter);

const e = new EventEmitter();
console.log(e);
e.on('newListener', (name, fn) => console.log('newListener', name, fn.name));
e.on('removeListener', (name, fn) => console.log('removeListener', name, fn.name));
function a(x) { console.log('a', x, this === e); }
function b(x) { console.log('b', x); }
function c(x) { console.log('c', x); }
e.on('ev', a);
e.prependListener('ev', b);
e.once('ev', c);
console.log(e.listenerCount('ev'), e.listeners('ev').map((f) => f.name));
console.log(e.rawListeners('ev').map((f) => f.name), e.rawListeners('ev')[2].listener === c);
console.log(e.emit('ev', 1));
console.log(e.emit('ev', 2));
console.log(e.emit('nothing'));
e.off('ev', a);
console.log(e.eventNames());
e.removeAllListeners('ev');
console.log(e.eventNames(), e.listenerCount('ev'));

class Clock extends EventEmitter {
  constructor() {
    super();
    this.ticks = 0;
  }
  tick() {
    this.ticks++;
    this.emit('tick', this.ticks);
  }
}
const clock = new Clock();
clock.on('tick', (n) => console.log('tick', n));
clock.tick();
clock.tick();
console.log(clock instanceof EventEmitter, clock);

// A listener added during an emit does not run in that emit; one removed still does.
const d = new EventEmitter();
d.on('x', function first() {
  console.log('first');
  d.on('x', () => console.log('added'));
  d.removeListener('x', second);
});
function second() { console.log('second'); }
d.on('x', second);
d.emit('x');
d.emit('x');

const s = Symbol('sym');
d.on(s, () => console.log('symbol event'));
d.emit(s);
console.log(d.eventNames());
console.log(EventEmitter.listenerCount(d, 'x'), d.getMaxListeners());
d.setMaxListeners(3);
console.log(d.getMaxListeners());
