console.log(typeof process, typeof global, global === globalThis, typeof queueMicrotask);
console.log(process.argv.length, process.argv[1].split('/').pop(), process.argv[0] === process.execPath);
console.log(typeof process.pid, typeof process.ppid, typeof process.platform, typeof process.arch);
console.log(process.release.name, typeof process.version, typeof process.versions.node);
console.log(typeof process.env, typeof process.env.PATH);
process.env.JSLOOP_TEST_VALUE = 1;
console.log(typeof process.env.JSLOOP_TEST_VALUE, process.env.JSLOOP_TEST_VALUE);
delete process.env.JSLOOP_TEST_VALUE;
console.log(process.env.JSLOOP_TEST_VALUE);
console.log(Object.prototype.toString.call(process));
console.log(process.exitCode, process.hrtime().length, typeof process.uptime());
const diff = process.hrtime(process.hrtime());
console.log(diff.length, diff[0]);
const m = process.memoryUsage();
console.log(Object.keys(m), m.rss > 0, typeof process.memoryUsage.rss());
console.log(process.cwd().split('/').pop(), process.stdout.write('written\n'));
console.log(typeof process.nextTick, process.on === process.addListener, process.off.name);
console.log(Object.getPrototypeOf(process).constructor.name);
try {
  process.exitCode = 'x';
} catch (e) {
  console.log(e.name, e.message);
}
try {
  process.nextTick(42);
} catch (e) {
  console.log(e.name, e.message);
}
