// EventTarget, Event and CustomEvent: listener options, handleEvent objects,
// dispatch results, stopImmediatePropagation, and exceptions from listeners
// reported as uncaught after the dispatch goes on.
process.on('uncaughtException', (err, origin) => console.log('uncaught:', err.message, origin));

const shown = (v) => require('util').inspect(v).replace(/timeStamp: [\d.e+-]+/, 'timeStamp: T');
const et = new EventTarget();
console.log(et, Object.prototype.toString.call(et));
const e = new Event('foo', { cancelable: true });
console.log(shown(e));
console.log(shown(new CustomEvent('bar', { detail: { a: 1 } })));
console.log(e.type, e.cancelable, e.bubbles, e.composed, e.defaultPrevented, e.isTrusted);
console.log(e.target, e.currentTarget, e.eventPhase, e.composedPath(), e.returnValue, e.cancelBubble);
console.log(typeof e.timeStamp, e.timeStamp >= 0, Event.NONE, Event.AT_TARGET, e.NONE);
console.log(Object.getOwnPropertyNames(Event.prototype));
console.log(Object.keys(e), Object.getOwnPropertyDescriptor(e, 'isTrusted'));

et.addEventListener('x', function (ev) {
  console.log('a', this === et, ev.target === et, ev.currentTarget === et, ev.eventPhase,
    ev.composedPath().length);
});
et.addEventListener('x', (ev) => {
  // Node counts the event as dispatched only until the first listener returns.
  console.log('b', ev.eventPhase, ev.currentTarget);
  ev.preventDefault();
  console.log('passive preventDefault:', ev.defaultPrevented);
}, { passive: true });
et.addEventListener('x', (ev) => {
  console.log('c', ev.defaultPrevented);
  throw new Error('boom');
});
et.addEventListener('x', {
  handleEvent(ev) {
    console.log('d', this !== et);
    throw new Error('boom from handleEvent');
  },
});
et.addEventListener('x', async () => {
  throw new Error('boom from async');
});
et.addEventListener('x', (ev) => {
  ev.preventDefault();
  console.log('e', ev.defaultPrevented, ev.returnValue);
  ev.stopImmediatePropagation();
  console.log(ev.cancelBubble);
});
et.addEventListener('x', () => console.log('never'));
const ev = new Event('x', { cancelable: true });
console.log('dispatch returned', et.dispatchEvent(ev), ev.eventPhase, ev.target === et,
  ev.currentTarget);
console.log('not cancelable:', new EventTarget().dispatchEvent(new Event('x')));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));

// once, duplicates, capture as part of the key, removal during dispatch.
const t = new EventTarget();
const dup = () => console.log('dup');
t.addEventListener('y', dup);
t.addEventListener('y', dup);
t.addEventListener('y', dup, true);
t.addEventListener('y', () => console.log('once'), { once: true });
t.addEventListener('y', () => {
  console.log('remover');
  t.removeEventListener('y', later);
});
const later = () => console.log('removed before its turn');
t.addEventListener('y', later);
t.dispatchEvent(new Event('y'));
t.removeEventListener('y', dup);
t.removeEventListener('y', dup, { capture: true });
t.dispatchEvent(new Event('y'));

// A signal removes the listener; an aborted one never adds it.
const ac = new AbortController();
t.addEventListener('z', () => console.log('z until abort'), { signal: ac.signal });
t.dispatchEvent(new Event('z'));
ac.abort();
t.dispatchEvent(new Event('z'));
t.addEventListener('z', () => console.log('never added'), { signal: ac.signal });
t.dispatchEvent(new Event('z'));

// handleEvent is looked up when the event fires.
const obj = {};
t.addEventListener('w', obj);
obj.handleEvent = function (event) {
  console.log('late handleEvent', this === obj, event.type);
};
t.dispatchEvent(new Event('w'));

// Dispatching an event again from its first listener is an error (reported as
// uncaught); Node stops counting it as dispatched once that listener returns.
const r = new EventTarget();
let depth = 0;
r.addEventListener('r', (event) => {
  depth++;
  if (depth < 3) {
    r.dispatchEvent(event);
  }
});
r.addEventListener('r', () => console.log('second listener, depth', depth));
r.dispatchEvent(new Event('r'));

const c = new CustomEvent('c', { detail: 5 });
console.log(c.detail, new CustomEvent('c').detail, c instanceof Event);
const init = new Event('y');
init.initEvent('z', true, true);
console.log(init.type, init.bubbles, init.cancelable);

console.log({ a: { b: { e: new Event('x'), t: new EventTarget() } } });
class Sub extends EventTarget {}
console.log(new Sub(), [new Event('q').constructor.name]);

const errors = [
  () => new Event(),
  () => new Event('x', 1),
  () => new CustomEvent(),
  () => t.addEventListener('x', 1),
  () => t.addEventListener('x'),
  () => t.addEventListener('x', () => {}, 1),
  () => t.addEventListener('x', () => {}, { signal: 1 }),
  () => t.dispatchEvent({ type: 'x' }),
  () => t.dispatchEvent(),
  () => Event.prototype.type,
  () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')),
  () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')),
];
for (const f of errors) {
  try {
    f();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
