// Error.stackTraceLimit bounds the frames a stack shows (10 by default); when it is
// not a number no stack is captured. Error.captureStackTrace gives any object a stack.
// Node shows absolute paths and frames of its own (node:...): keep the script's.
const frames = (s) =>
  String(s)
    .split('\n')
    .filter((l) => !l.includes('node:'))
    .map((l) => l.replace(/\/\S*\//, ''))
    .join('\n');

console.log(Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit'));
function deep(n) {
  if (n === 0) throw new Error('deep');
  deep(n - 1);
}
for (const limit of [10, 2, 0, 3.7, -1, Infinity, NaN]) {
  Error.stackTraceLimit = limit;
  try {
    deep(limit === Infinity ? 3 : 20);
  } catch (e) {
    console.log(limit, frames(e.stack));
  }
}
Error.stackTraceLimit = 'many';
try {
  deep(2);
} catch (e) {
  console.log(e.stack, Object.getOwnPropertyNames(e));
}
delete Error.stackTraceLimit;
console.log(new Error('no limit').stack);
Error.stackTraceLimit = 10;

// Every error has an own `stack` accessor; assigning replaces the text.
const e = new Error('own');
console.log(Object.getOwnPropertyNames(e), Object.getOwnPropertyDescriptor(Error.prototype, 'stack'));
e.stack = 'replaced';
console.log(e.stack, typeof Object.getOwnPropertyDescriptor(e, 'stack').get);
const renamed = new Error('made');
renamed.name = 'Renamed';
console.log(frames(renamed.stack));
console.log(JSON.stringify(Reflect.construct(Error, ['no frames'], function F() {}).stack));

// captureStackTrace(obj, fn) leaves out fn and what it called.
const target = { name: 'Custom', message: 'msg' };
function a() {
  b();
}
function b() {
  Error.captureStackTrace(target, b);
}
a();
console.log(frames(target.stack));
const plain = {};
Error.captureStackTrace(plain);
console.log(frames(plain.stack));
const missing = {};
Error.captureStackTrace(missing, function notRunning() {});
console.log(JSON.stringify(missing.stack));
class MyError extends Error {
  constructor(m) {
    super(m);
    Error.captureStackTrace(this, MyError);
  }
}
function make() {
  return new MyError('mine');
}
console.log(frames(make().stack));
try {
  Error.captureStackTrace(1);
} catch (err) {
  console.log(frames(err.stack));
}
try {
  Error.captureStackTrace(Object.freeze({}));
} catch (err) {
  console.log(frames(err.stack));
}
console.log(Error.captureStackTrace.length);
