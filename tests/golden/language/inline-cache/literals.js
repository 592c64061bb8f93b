// Object literals define their properties (cached appends): setters and read-only
// properties on Object.prototype play no part, duplicates keep their first place.
function make(a, b) {
  return { a, b, c: a + b, a: 'again' };
}
console.log(make(1, 2), make(3, 4), Object.keys(make(5, 6)));
Object.defineProperty(Object.prototype, 'c', {
  set() {
    throw new Error('setter must not run');
  },
  configurable: true,
});
Object.defineProperty(Object.prototype, 'b', { value: 'ro', writable: false, configurable: true });
console.log(make(7, 8), make(9, 10).b);
delete Object.prototype.b;
delete Object.prototype.c;
const proto = { inherited: true };
const o = { __proto__: proto, own: 1 };
console.log(o.inherited, Object.keys(o), Object.getPrototypeOf(o) === proto);
const __proto__ = 'shorthand';
console.log(Object.keys({ __proto__ }), { '0': 'index', name: 'x' });
