// yield* in an async generator forwards throw() and return() to the inner iterator;
// leaving a for await early awaits the iterator's return().
async function* inner() { try { yield 1; } catch (e) { console.log('inner caught', e.message); yield 2; } finally { console.log('inner finally'); } }
async function* outer() { try { const r = yield* inner(); console.log('yield* value', r); } finally { console.log('outer finally'); } }
const it = outer();
it.next().then(() => it.throw(new Error('x')))
  .then(r => console.log('got ' + r.value), e => console.log('rejected ' + e.message))
  .then(() => it.return('stop')).then(r => console.log('return', r.value, r.done));
async function* inner2() { try { yield 'a'; yield 'b'; } finally { console.log('inner2 closed'); } }
async function* outer2() { yield* inner2(); }
(async () => { for await (const v of outer2()) { console.log('v', v); break; } console.log('after break'); })();
const syncRet = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; } }; } };
async function* outer3() { yield* syncRet; }
const o3 = outer3();
o3.next().then(() => o3.return(Promise.resolve('r3'))).then((r) => console.log('o3', r.value, r.done));
const noThrow = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 1, done: false }); }, return() { console.log('closing'); return {}; } }; } };
async function* outer4() { yield* noThrow; }
const o4 = outer4();
o4.next().then(() => o4.throw(new Error('t4'))).then(null, (e) => console.log('o4', e.constructor.name, e.message));
async function* inner5() { return 'inner return'; }
async function* outer5() { const v = yield* inner5(); console.log('outer5 got', v); }
outer5().next().then((r) => console.log('o5', r.done));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4')).then(() => console.log('t5')).then(() => console.log('t6')).then(() => console.log('t7')).then(() => console.log('t8'));
