// How console.log shows errors whose stack is missing, empty or replaced.
Error.stackTraceLimit = undefined;
const e = new TypeError('no stack');
console.log(e);
console.log([e]);
console.log({ e });
Error.stackTraceLimit = 0;
console.log(new RangeError('zero'));
const f = new Error('props'); f.code = 42;
console.log(f);
Error.stackTraceLimit = 10;
const g = new Error('set'); g.stack = 'custom stack text'; console.log(g);
class E2 extends Error {} ; console.log(Object.getOwnPropertyNames(new E2('x')));
console.log(Object.prototype.hasOwnProperty.call(Error.prototype, 'stack'));
