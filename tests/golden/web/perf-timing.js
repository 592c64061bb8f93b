// performance.timerify, eventLoopUtilization and nodeTiming: their shapes, the
// 'function' entries an observer gets, and utilization that counts the time the
// loop waits for a timer as idle.
const perf = require('perf_hooks');
const { performance, PerformanceObserver } = perf;

console.log(perf.eventLoopUtilization === performance.eventLoopUtilization,
  perf.timerify === performance.timerify, Object.keys(performance).length,
  'nodeTiming' in performance);

function add(a, b) {
  return a + b;
}
const timed = performance.timerify(add);
console.log(timed.name, timed.length, performance.timerify(add) === timed, timed(1, 2));
class Point {
  constructor(x) {
    this.x = x;
  }
}
const TimedPoint = performance.timerify(Point);
console.log(new TimedPoint(3));
try {
  performance.timerify(1);
} catch (e) {
  console.log(e.code, e.message);
}

const obs = new PerformanceObserver((list) => {
  const [e] = list.getEntries();
  console.log(e.name, e.entryType, e.detail, typeof e.startTime, typeof e.duration);
  console.log(Object.keys(e), e.constructor.name, e[0], Object.keys(e.toJSON()));
  obs.disconnect();
  setTimeout(measureUtilization, 1);
});
obs.observe({ type: 'function' });
timed(4, 5);
const later = performance.timerify(async (x) => x * 2);
later(21).then((v) => console.log('async result', v));

console.log(performance.eventLoopUtilization());
const timing = performance.nodeTiming;
console.log(Object.keys(timing));
console.log(timing.name, timing.entryType, timing.startTime, timing.loopStart, timing.loopExit,
  timing.idleTime, timing.nodeStart >= 0, timing.bootstrapComplete >= timing.nodeStart,
  timing.duration > 0);
console.log(Object.keys(timing.toJSON()));

function measureUtilization() {
  const first = performance.eventLoopUtilization();
  console.log(Object.keys(first), first.idle >= 0, first.active > 0,
    first.utilization > 0 && first.utilization <= 1);
  // A 100 ms wait for the next timer is idle time.
  setTimeout(() => {
    const delta = performance.eventLoopUtilization(first);
    const between = performance.eventLoopUtilization(performance.eventLoopUtilization(), first);
    console.log(Object.keys(delta), Object.keys(between), delta.idle >= 90, between.active >= 0,
      delta.utilization < 0.5);
    console.log(timing.loopStart > 0, timing.idleTime >= 90, timing.loopExit,
      Object.keys(timing.uvMetricsInfo), timing.uvMetricsInfo.loopCount > 0);
  }, 100);
}
process.on('exit', () => console.log('loopExit set', performance.nodeTiming.loopExit > 0));
