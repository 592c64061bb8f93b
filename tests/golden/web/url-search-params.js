// URLSearchParams: the three forms of init, every method, iteration and how
// console.log shows the object and its iterators.
const p = new URLSearchParams('?a=1&b=2&a=3&c=%20x+y&d');
console.log(p, p.size, p.toString());
console.log(p.get('a'), p.getAll('a'), p.get('nope'), p.has('d'), p.get('d'));
console.log(p.has('a', '3'), p.has('a', '4'));
p.append('e', 'é & ü=');
p.set('a', 'one');
console.log(p.toString());
p.delete('b');
p.delete('a', 'nothing');
console.log([...p.keys()], [...p.values()]);
p.append('b', 'later');
p.append('a', 'zzz');
p.sort();
console.log(p.toString());
p.delete('a', 'zzz');
console.log(p.toString());

console.log(new URLSearchParams([['x', '1'], ['y', 2]]).toString());
console.log(new URLSearchParams({ k: 'v', n: 42, u: undefined }).toString());
console.log(new URLSearchParams(new Map([['m', 'map']])).toString());
console.log(new URLSearchParams(new URLSearchParams('copy=1')).toString());
console.log(new URLSearchParams().toString(), new URLSearchParams(''), new URLSearchParams(null).size);
console.log(new URLSearchParams('q=%F0%9F%98%80&bad=%zz&plus=a+b').get('q'),
  new URLSearchParams('bad=%zz').get('bad'), new URLSearchParams('plus=a+b').get('plus'));
console.log(new URLSearchParams({ '\ud800': 'lone' }).toString());

for (const [k, v] of new URLSearchParams('a=1&b=2')) {
  console.log(k, v);
}
new URLSearchParams('x=1&y=2').forEach(function (value, key, all) {
  console.log(key, value, all.size, this.tag);
}, { tag: 't' });

const q = new URLSearchParams('a=1&b=2&c=3');
const it = q.entries();
console.log(it, q.keys(), q.values());
console.log(it.next(), it, Object.prototype.toString.call(it));
console.log(it[Symbol.iterator]() === it, typeof it.next);
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype));

const long = new URLSearchParams();
for (let i = 0; i < 8; i++) {
  long.append(`key${i}`, `value number ${i}`);
}
console.log(long);

const errors = [
  () => new URLSearchParams([['only one']]),
  () => new URLSearchParams([1]),
  () => new URLSearchParams({ [Symbol.iterator]: 1 }),
  () => p.append('x'),
  () => p.get(),
  () => p.forEach(1),
  () => URLSearchParams.prototype.get.call({}, 'a'),
];
for (const f of errors) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
