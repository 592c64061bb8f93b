// PerformanceObserver: entries reach observers in batches from an immediate queued
// by the first new entry; takeRecords, disconnect, buffered single-type observation,
// option errors, and how observers and entry lists print.
const { performance, PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');

console.log(PerformanceObserver.supportedEntryTypes);
console.log(typeof PerformanceObserverEntryList, globalThis.PerformanceObserver === undefined);
const obs = new PerformanceObserver((list, observer) => {
  console.log('callback', observer === obs, list.getEntries().map((e) => `${e.entryType}:${e.name}`));
  console.log(list.getEntriesByType('mark').length, list.getEntriesByName('B').length,
    list.getEntriesByName('B', 'measure').length);
  console.log(Object.prototype.toString.call(list), list.getEntries()[0] instanceof PerformanceEntry);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
console.log(obs);
performance.mark('A', { startTime: 1 });
performance.mark('B', { startTime: 2, detail: { x: 1 } });
performance.measure('A to B', 'A', 'B');
console.log(obs.takeRecords().length, 'taken');
performance.mark('A2', { startTime: 3 });
console.log('sync end');
// The observer's immediate was queued first (by mark A).
setImmediate(() => {
  console.log('immediate');
  setTimeout(later, 5);
});
process.nextTick(() => console.log('tick'));

function later() {
  performance.mark('C', { startTime: 4 });
  console.log(obs.takeRecords().map((e) => e.name));
  obs.disconnect();
  console.log(obs);
  performance.mark('D', { startTime: 5 });
  const single = new PerformanceObserver((list) => {
    console.log('buffered', list.getEntries().map((e) => e.name));
    console.log(list);
    single.disconnect();
  });
  single.observe({ type: 'mark', buffered: true });
  console.log(single);
  single.observe({ type: 'unknown-type' });
  for (const options of [{}, { type: 'mark', entryTypes: ['mark'] }, { entryTypes: 'mark' }, 5]) {
    try {
      single.observe(options);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try {
    new PerformanceObserver(1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
