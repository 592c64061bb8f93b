// util.format, promisify (with util.promisify.custom), callbackify, inherits,
// deprecate, types and isDeepStrictEqual.
const util = require('util');

console.log(util.format('%s is %d years and %i days, %f%%', 'Bob', 42.5, 3.9, 1.5));
console.log(util.format('%j %o %O %c|', { a: 1 }, [1], { b: { c: {} } }, 'color: red'));
console.log(util.format('no specifiers', 1, 'two', { three: 3 }));
console.log(util.format('%s', Symbol('s')), util.format(1, 2), util.format('%%s %s', 'x'));
console.log(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }));

function legacy(a, b, callback) {
  setTimeout(() => (a < 0 ? callback(new Error('negative')) : callback(null, a + b)), 1);
}
const add = util.promisify(legacy);
console.log(add.name, add.length, typeof add.then);
add(1, 2).then((sum) => console.log('sum', sum));
add(-1, 2).catch((err) => console.log('rejected', err.message));

function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom result');
console.log(util.promisify(custom) === custom[util.promisify.custom]);
util.promisify(custom)().then((v) => console.log(v));
util.promisify(setTimeout)(2, 'timer value')
  .then((v) => {
    console.log(v);
    return util.promisify(setImmediate)('immediate value');
  })
  .then((v) => console.log(v));
try {
  util.promisify(42);
} catch (e) {
  console.log(e.code, e.message);
}

async function fetchValue(x) {
  if (x === 0) throw null;
  if (x < 0) throw new Error('bad input');
  return x * 2;
}
const cb = util.callbackify(fetchValue);
console.log(cb.name, cb.length);
cb(21, (err, value) => console.log('callback', err, value));
cb(-1, (err) => console.log('callback error', err.message));
cb(0, (err) => console.log('falsy', err.message, err.code, err.reason));

function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
console.log(new Dog('Rex').speak(), Dog.super_ === Animal, new Dog('a') instanceof Animal);
try {
  util.inherits(Dog, null);
} catch (e) {
  console.log(e.code, e.message);
}

process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const old = util.deprecate((x) => x + 1, 'old() is deprecated', 'DEP_X');
console.log(old(1), old(2));
const again = util.deprecate(() => 0, 'same code, no second warning', 'DEP_X');
again();

const t = util.types;
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }));
console.log(t.isRegExp(/x/), t.isMap(new Map()), t.isSet(new Set()), t.isWeakMap(new WeakMap()));
console.log(t.isAsyncFunction(async () => {}), t.isAsyncFunction(() => {}));
console.log(t.isGeneratorFunction(function* () {}), t.isGeneratorObject((function* () {})()));
console.log(t.isNativeError(new RangeError()), t.isNativeError({ message: 'x' }));
console.log(t.isBoxedPrimitive(Object(1)), t.isNumberObject(Object(1)), t.isStringObject('s'));
console.log(t.isProxy(new Proxy({}, {})), t.isArgumentsObject((function () { return arguments; })()));
console.log(t.isDate(new Date(0)), t.isDate({}), t.isTypedArray(new Uint8Array(1)));
console.log(t.isArrayBuffer(new ArrayBuffer(1)), t.isSharedArrayBuffer(new ArrayBuffer(1)));
console.log(t.isAnyArrayBuffer(new SharedArrayBuffer(1)), t.isDataView(new DataView(new ArrayBuffer(1))));
console.log(t.isArrayBufferView(new Float64Array(1)), t.isArrayBufferView(new ArrayBuffer(1)));
console.log(require('util/types') === t, util.isArray([]));

const eq = util.isDeepStrictEqual;
console.log(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), eq({ a: 1 }, { a: '1' }));
console.log(eq([1, 2], [1, 2, 3]), eq(NaN, NaN), eq(0, -0), eq([0], [-0]));
console.log(eq(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])), eq(new Set([1, {}]), new Set([{}, 1])));
console.log(eq(new Set([1]), new Set([2])), eq(Object.create(null), {}), eq(/a/g, /a/g), eq(/a/g, /a/i));
console.log(eq(new Error('x'), new Error('x')), eq(new Error('x'), new TypeError('x')));
console.log(eq(Object(1), Object(1)), eq(Object(1), Object(2)), eq([1, , 3], [1, undefined, 3]));
const cyclic1 = { name: 'a' };
cyclic1.self = cyclic1;
const cyclic2 = { name: 'a' };
cyclic2.self = cyclic2;
console.log(eq(cyclic1, cyclic2), eq({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
