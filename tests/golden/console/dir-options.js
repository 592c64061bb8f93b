// console.dir takes inspect options; console.dirxml logs; non-enumerable keys show in
// brackets (quoted when they are not identifiers), symbol keys escaped.
const o2 = {};
Object.defineProperty(o2, 'a b', { value: 1, enumerable: false });
Object.defineProperty(o2, "it's", { value: 1, enumerable: false });
Object.defineProperty(o2, 'n\nl', { value: 1, enumerable: false });
Object.defineProperty(o2, 'ok', { value: 1, enumerable: false });
Object.defineProperty(o2, '\ud800', { value: 1, enumerable: false });
Object.defineProperty(o2, Symbol('s'), { value: 1, enumerable: false });
console.dir(o2, { showHidden: true });
console.log(o2);
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
console.dir([1, 2, 3, 4, 5], { maxArrayLength: 2 });
console.dir('str');
console.dir(['x'.repeat(30)], { maxStringLength: 5, breakLength: 10 });
console.dirxml({ a: 1 }, [2]);
const s = { [Symbol('a b')]: 1, [Symbol("it's")]: 2, [Symbol('n\nl')]: 3, [Symbol()]: 4, [Symbol('\ud800')]: 6 };
Object.defineProperty(s, Symbol('h i'), { value: 1, enumerable: false });
console.dir(s, { showHidden: true });
console.log([Symbol('a b'), Symbol("it's")]);
console.log({ '\ud83d': 1, 'a\udc00b': 2, '\ud83d\ude00': 3, __proto__: { inherited: 1 } });
