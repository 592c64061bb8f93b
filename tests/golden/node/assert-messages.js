// AssertionError messages of the assert checks, as Node 24 words them: the
// generated messages, the `+ actual - expected` diffs and the quoted failed call.
const assert = require('assert');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message)); console.log(e.name, e.code, e.operator, e.generatedMessage, typeof e.actual, typeof e.expected); } }
t(() => assert.strictEqual(1, 2));
t(() => assert.strictEqual('a', 'b', 'custom msg'));
t(() => assert.equal(1, 2));
t(() => assert.notStrictEqual(1, 1));
t(() => assert.notEqual(1, '1'));
t(() => assert.ok(false));
t(() => assert(0));
t(() => assert.ok(false, 'why'));
t(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
t(() => assert.deepEqual({ a: 1 }, { a: 2 }));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.strictEqual({ a: 1 }, { a: 1 }));
t(() => assert.strictEqual('hello world', 'hello there'));
t(() => assert.fail());
t(() => assert.fail('boom'));
t(() => assert.throws(() => {}));
t(() => assert.throws(() => { throw new Error('x'); }, /y/));
t(() => assert.throws(() => { throw new TypeError('x'); }, RangeError));
t(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
t(() => assert.doesNotThrow(() => { throw new Error('oops'); }));
t(() => assert.match('abc', /x/));
t(() => assert.strictEqual(1, 1));
t(() => assert.deepStrictEqual(1, '1'));
t(() => assert.strictEqual(NaN, 0));
