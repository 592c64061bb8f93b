async function* gen() {
  console.log('body start');
  yield 'one';
  console.log('after one');
  yield 'two';
  console.log('after two');
}
const it = gen();
const p1 = it.next();
const p2 = it.next();
const p3 = it.next();
console.log('requested three');
p3.then((r) => console.log('p3', r));
p2.then((r) => console.log('p2', r));
p1.then((r) => console.log('p1', r));
