// A generator's forced return through a for await awaits return() and checks its result.
async function* outer(it) {
  for await (const x of it) { yield x; }
}
const mk = (ret) => ({
  [Symbol.asyncIterator]() { return this; },
  next() { return Promise.resolve({ value: 1, done: false }); },
  return: ret,
});
(async () => {
  const g = outer(mk(() => { console.log('inner return'); return Promise.resolve({ done: true }); }));
  await g.next();
  console.log(await g.return(7));
  const g2 = outer(mk(() => 5));
  await g2.next();
  try { await g2.return(8); } catch (e) { console.log(e.name, e.message); }
  const g3 = outer(mk(() => Promise.reject(new Error('rejected'))));
  await g3.next();
  try { await g3.return(9); } catch (e) { console.log(e.message); }
})();
