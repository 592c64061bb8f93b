// A `constructor` that is not an object cannot make the result array, while a null
// species means a plain array.
for (const c of [null, 1, 'x', true]) {
  const a = [1];
  a.constructor = c;
  for (const method of ['concat', 'slice', 'splice', 'map', 'filter']) {
    try {
      a[method](() => true);
      console.log(method, 'made an array');
    } catch (e) {
      console.log(method, String(c), e.constructor.name, e.message);
    }
  }
}
const d = [1, 2];
d.constructor = { [Symbol.species]: null };
console.log(d.map((x) => x * 2), d.map((x) => x).constructor === Array);
const u = [1];
u.constructor = undefined;
console.log(u.slice().constructor === Array);

// Array.prototype.toString falls back to %Object.prototype.toString% itself, whatever
// Object.prototype holds now, when `join` is not callable.
const saved = Object.prototype.toString;
delete Object.prototype.toString;
console.log(Array.prototype.toString.call({ join: null }));
console.log(Array.prototype.toString.call({ join: 1, [Symbol.toStringTag]: 'Tagged' }));
console.log(Array.prototype.toString.call(new Map()));
Object.prototype.toString = saved;
console.log(String([1, [2, 3]]), [1, null, undefined, 2].toString());

// toLocaleString calls each element's toLocaleString and skips null and undefined.
const spy = {
  toLocaleString() {
    return 'spy';
  },
};
console.log([spy, null, undefined, spy].toLocaleString());
console.log([1234.5, 'a', [1, 2]].toLocaleString());
