// Error.captureStackTrace: the accessors it defines (those errors have), frames above
// a given function left out, Error.stackTraceLimit, and its errors.
function inner(o, f) { Error.captureStackTrace(o, f); return o; }
function outer() { return inner({}, inner); }
const o = outer();
console.log(Object.getOwnPropertyDescriptor(o, 'stack') && Object.keys(Object.getOwnPropertyDescriptor(o, 'stack')));
const d = Object.getOwnPropertyDescriptor(o, 'stack');
console.log(d.enumerable, d.configurable, d.writable, typeof d.get, typeof d.value);
console.log(o.stack.split('\n').slice(0, 2).map(l => l.replace(/\(.*[\/\\]/, '(')).join('|'));
const named = { name: 'Custom', message: 'hello' };
Error.captureStackTrace(named);
console.log(named.stack.split('\n')[0]);
const e = new Error('x'); Error.captureStackTrace(e);
console.log(e.stack.split('\n')[0], Object.getOwnPropertyDescriptor(e, 'stack').enumerable);
function notOnStack() {}
const p = {}; Error.captureStackTrace(p, notOnStack); console.log(JSON.stringify(p.stack));
try { Error.captureStackTrace(1); } catch (err) { console.log(err.message); }
Error.stackTraceLimit = 1;
const q = {}; (function a() { (function b() { Error.captureStackTrace(q); })(); })();
console.log(q.stack.split('\n').length);
Error.stackTraceLimit = 0; const r = {}; Error.captureStackTrace(r); console.log(JSON.stringify(r.stack));
delete Error.stackTraceLimit; const u = {}; Error.captureStackTrace(u); console.log(JSON.stringify(u.stack), 'stack' in u);
const frozen = Object.freeze({}); try { Error.captureStackTrace(frozen); } catch (err) { console.log(err.constructor.name, err.message); }
console.log(Error.captureStackTrace.length, Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit'));
Error.stackTraceLimit = 10;
const o2 = {}; Error.captureStackTrace(o2);
const d1 = Object.getOwnPropertyDescriptor(o2, 'stack'), d2 = Object.getOwnPropertyDescriptor(new Error('x'), 'stack');
console.log(d2, d1.get === d2.get, d1.set === d2.set, d1.get.name, d1.get.length, d1.set.length);
o2.stack = 5; console.log(o2.stack, Object.getOwnPropertyDescriptor(o2, 'stack').get === d1.get);
const p2 = {}; Error.captureStackTrace(p2); console.log(d1.get.call({}), typeof d1.get.call(p2), typeof Object.create(p2).stack);
const child = Object.create(p2); child.stack = 'own'; console.log(Object.getOwnPropertyDescriptor(child, 'stack'), p2.stack.split('\n')[0]);
const sealed = Object.seal({ stack: 1 });
try { Error.captureStackTrace(sealed); } catch (err) { console.log(err.message); }
