// assert.throws/rejects/doesNotThrow with classes, RegExps, validation objects and
// functions; assert/strict; AssertionError's properties; the deep-equal diffs.
const assert = require('node:assert');
const strict = require('assert/strict');

function show(f) {
  try {
    f();
    console.log('passed');
  } catch (e) {
    console.log(`${e.name} ${e.code} ${e.operator} ${e.generatedMessage}`);
    console.log(e.message);
  }
}

show(() => assert.throws(() => { throw new TypeError('bad value'); }, TypeError));
show(() => assert.throws(() => { throw new TypeError('bad value'); }, /bad/));
show(() => assert.throws(() => { throw new TypeError('bad value'); }, { name: 'TypeError', message: /value/ }));
show(() => assert.throws(() => { throw new TypeError('wrong'); }, { name: 'TypeError', message: 'right', extra: 1 }));
show(() => assert.throws(() => { throw new Error('a'); }, (e) => e.message === 'b'));
show(() => assert.throws(() => { throw new Error('a'); }, function check(e) { return e.message === 'a'; }));
show(() => assert.throws(() => { throw new Error('a'); }, 'a'));
show(() => assert.throws(() => {}, 'described'));
show(() => assert.throws(() => {}, RangeError));
show(() => assert.throws(() => { throw new Error('x'); }, {}));
show(() => assert.doesNotThrow(() => { throw new Error('oops'); }, 'while testing'));
show(() => assert.doesNotThrow(() => {}));
show(() => assert.ifError(new Error('callback failed')));
show(() => assert.ifError(null));
show(() => assert.notStrictEqual({ a: 1 }, { a: 1 }));
const same = { a: 1 };
show(() => assert.notStrictEqual(same, same));
show(() => assert.notDeepStrictEqual([1, [2]], [1, [2]]));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
show(() => assert.deepStrictEqual(Array.from({ length: 14 }, (_, i) => i), Array.from({ length: 14 }, (_, i) => (i === 13 ? 99 : i))));
show(() => assert.strictEqual('a'.repeat(10), 'b'.repeat(10)));
show(() => assert.strictEqual('a\nb', 'a\nc'));
show(() => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show(() => assert.deepStrictEqual([1, 2], { 0: 1, 1: 2 }));
show(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
show(() => assert.deepEqual({ a: 1, b: [2] }, { a: '1', b: ['2'] }));
show(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show(() => strict.equal(1, '1'));
show(() => strict.deepEqual([1], ['1']));
show(() => strict(false));
show(() => assert.equal(1));
show(() => assert.ok());
show(() => assert.ok(null, new TypeError('own error')));
show(() => assert.doesNotMatch('abc', /b/));
show(() => assert.match(123, /1/));
show(() => assert.fail(new RangeError('given error')));
console.log(strict === assert.strict, strict.strict === strict, typeof assert.AssertionError);

try {
  assert.strictEqual(1, 2);
} catch (e) {
  console.log(Object.keys(e), e instanceof assert.AssertionError, e instanceof Error);
  console.log(e.stack.split('\n')[0], String(e).split('\n')[0]);
  console.log(e.actual, e.expected, e.diff);
}
const custom = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(custom.message, custom.generatedMessage);

async function main() {
  await assert.rejects(Promise.reject(new Error('r')), /r/);
  console.log('rejects matched');
  await assert.rejects(async () => { throw new TypeError('t'); }, TypeError);
  console.log('rejects class matched');
  for (const run of [
    () => assert.rejects(Promise.resolve(1)),
    () => assert.rejects(() => 1),
    () => assert.doesNotReject(Promise.reject(new Error('dr'))),
    () => assert.rejects(Promise.reject(new Error('x')), { message: 'y' }),
  ]) {
    try {
      await run();
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
}
main();
