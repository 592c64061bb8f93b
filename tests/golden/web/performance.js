// performance: marks and measures (all three forms of measure), the entry
// buffer and its queries, toJSON, and how console.log shows the entries.
const { performance: perf, PerformanceMark: Mark } = require('perf_hooks');
console.log(perf === performance, Mark === PerformanceMark, typeof performance.timeOrigin);
console.log(typeof performance.now(), performance.now() >= 0,
  Object.prototype.toString.call(performance));
const t1 = performance.now();
const t2 = performance.now();
console.log(t2 >= t1, Math.abs(performance.timeOrigin + t2 - Date.now()) < 1000);

const a = performance.mark('a', { startTime: 10, detail: { x: 1 } });
console.log(a);
console.log(performance.mark('b', { startTime: 25 }));
console.log(performance.measure('m1', 'a', 'b'));
console.log(performance.measure('m2', { start: 'a', end: 'b', detail: [7] }));
console.log(performance.measure('m3', { start: 5, duration: 3 }));
console.log(performance.measure('m4', { end: 40, duration: 10 }));
console.log(performance.measure('m5', undefined, 'b').startTime);
console.log(performance.measure('m6', 'a').startTime);
const now = performance.mark('now');
console.log(now.startTime > 0, now.duration, now.detail, now.entryType);
performance.clearMarks('now');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
console.log(performance.getEntriesByName('a'));
console.log(performance.getEntriesByName('a', 'measure'), performance.getEntriesByType('other'));
console.log(performance.getEntries().filter((e) => e.name !== 'm6')
  .map((e) => `${e.entryType} ${e.name} ${e.startTime}`));
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMeasures('m1');
console.log(performance.getEntriesByType('measure').map((e) => e.name));
performance.clearMeasures();
performance.clearMarks();
console.log(performance.getEntries());

const z = performance.mark('z', { startTime: 3 });
console.log(z.toJSON(), JSON.stringify(z), Object.keys(z));
console.log(z instanceof PerformanceEntry, Object.getOwnPropertyNames(PerformanceEntry.prototype));
console.log(Object.getOwnPropertyNames(PerformanceMark.prototype));
console.log(new PerformanceMark('q', { startTime: 1 }), performance.getEntries().length);
console.log([performance.mark('arr', { startTime: 2 })], { deep: { er: { mark: z } } });
console.log(require('util').inspect(performance, { depth: -1 }));
console.log(typeof performance.toJSON().timeOrigin);

for (const f of [
  () => performance.mark(),
  () => performance.mark('c', { startTime: -1 }),
  () => performance.mark('c', { startTime: 'x' }),
  () => performance.mark('c', 1),
  () => performance.measure('m', 'zz'),
  () => performance.measure('m', { start: 1, end: 2, duration: 3 }),
  () => performance.measure('m', { detail: 1 }, 'nowhere'),
  () => performance.measure('m', { start: 1 }, 'b'),
  () => performance.measure('m', 5).startTime,
  () => performance.measure(),
  () => new PerformanceEntry(),
  () => Performance.prototype.now.call({}),
]) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
