// map, filter, slice, splice, concat, flat and flatMap build their results with the
// constructor that `constructor[Symbol.species]` names (ArraySpeciesCreate).
class A extends Array {}
const a = A.from([1, 2, 3]);
console.log(a instanceof A, a.map(x => x * 2) instanceof A, a.filter(x => x) instanceof A,
  a.slice(1) instanceof A, a.splice(0, 1) instanceof A, a.concat([1]) instanceof A,
  a.flat() instanceof A, a.flatMap(x => [x]) instanceof A);
console.log(a.map(x => x), A.of(1, 2));
class B extends Array { static get [Symbol.species]() { return Array; } }
console.log(new B(1, 2).map(x => x) instanceof B);
const arr = [1, 2];
arr.constructor = { [Symbol.species]: function (n) { this.n = n; } };
console.log(arr.map(x => x + 1));
const nul = [1];
nul.constructor = { [Symbol.species]: null };
console.log(Array.isArray(nul.filter(() => true)));
const bad = [1];
bad.constructor = { [Symbol.species]: 42 };
try { bad.slice(); } catch (e) { console.log(e.name + ': ' + e.message); }
const calls = [];
class L extends Array {
  constructor(...args) { calls.push(args); super(...args); }
}
const l = L.from([5, 6, 7]);
calls.length = 0;
l.map(x => x); l.filter(x => x > 5); l.slice(1, 2); l.splice(0, 2);
console.log(calls);
