// async_hooks' AsyncResource and events' EventEmitterAsyncResource: ids, scopes
// (executionAsyncId inside runInAsyncScope), bind, and their argument checks.
const { AsyncResource, executionAsyncId, triggerAsyncId } = require('async_hooks');
const { EventEmitterAsyncResource, EventEmitter } = require('events');

console.log(executionAsyncId(), triggerAsyncId());
const r = new AsyncResource('Job');
console.log(typeof r.asyncId(), r.asyncId() > executionAsyncId(), r.triggerAsyncId() === executionAsyncId());
const inner = r.runInAsyncScope(function(a, b) {
  return [this.tag, a + b, executionAsyncId() === r.asyncId(), triggerAsyncId() === r.triggerAsyncId()];
}, { tag: 'this' }, 1, 2);
console.log(inner, executionAsyncId());
const explicit = new AsyncResource('Other', { triggerAsyncId: 42 });
console.log(explicit.triggerAsyncId(), new AsyncResource('N', 7).triggerAsyncId());
console.log(r.emitDestroy() === r);

const bound = r.bind(function(x) {
  return [x, executionAsyncId() === r.asyncId()];
});
console.log(bound.length, bound.asyncResource === r, bound(5));
const staticBound = AsyncResource.bind((x) => x + 1);
console.log(staticBound(1), staticBound.asyncResource instanceof AsyncResource);

for (const f of [() => new AsyncResource(1), () => new AsyncResource('x', { triggerAsyncId: -2 }),
  () => r.bind(5), () => new EventEmitterAsyncResource()]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const ee = new EventEmitterAsyncResource({ name: 'Sensor' });
console.log(ee instanceof EventEmitter, typeof ee.asyncId, ee.triggerAsyncId === executionAsyncId());
console.log(ee.asyncResource.constructor.name, ee.asyncResource.eventEmitter === ee,
  ee.asyncResource instanceof AsyncResource);
ee.on('data', function(v) {
  console.log('data', v, this === ee, executionAsyncId() === ee.asyncId);
});
console.log(ee.emit('data', 1), ee.emit('nothing'));
class Named extends EventEmitterAsyncResource {}
const named = new Named();
console.log(named.asyncResource.constructor.name, typeof named.asyncId);
ee.emitDestroy();
setTimeout(() => {
  const t = new AsyncResource('InTimer');
  console.log(t.triggerAsyncId() === executionAsyncId(), executionAsyncId() > 1);
}, 1);
