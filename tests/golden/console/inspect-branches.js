// One line per branch of Node's util.inspect: truncation of arrays, Sets and Maps
// past 100 entries, depth, toStringTag, null prototypes, accessors, holes, cycles,
// error keys, number grouping, line width, promises, weak collections, iterators.
console.log(Array.from({length: 120}, (_, i) => i));
console.log(new Set(Array.from({length: 105}, (_, i) => i)));
console.log(new Map(Array.from({length: 102}, (_, i) => [i, i])));
console.log({ a: { b: { c: { d: 1 } } }, arr: [[[[1]]]] });
const o = { [Symbol.toStringTag]: "Own" }; console.log(o);
class T { get [Symbol.toStringTag]() { return "G"; } } console.log(new T(), [new T()]);
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }));
class K {} console.log(new K(), class extends K {});
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} });
console.log([1, , 3], [, , ,], new Array(5), [1, 2, , , 5, , ]);
const c = { name: "c" }; c.self = c; c.arr = [c]; console.log(c);
const e = new Error("with props"); e.stack = "Error: with props\n    at x (y.js:1:1)"; e.code = "E_CODE"; console.log(e);
console.log(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"]);
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log(Array.from({ length: 10 }, (_, i) => "item number " + i));
console.log({ aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, ffffffffff: 6, g: 7 });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }], [[1, 2], [3, 4]]);
console.log(new Map([[{ a: 1 }, [1, 2]], ["k", new Set([1])]]));
console.log([1.5, -2, 300, 4e21, -0, NaN, 7, 8]);
console.log(Object.assign([1, 2], { extra: true, "key with space": 1 }));
console.log(Promise.resolve(42), Promise.reject(new Error("x")).catch(() => {}) && 0, new Promise(() => {}));
console.log([new WeakMap(), new WeakSet()], [function () {}, () => {}, class {}]);
console.log({ "1": 1, "-1": 2, "01": 3, a_b: 4, "a-b": 5, __proto__x: 6 });
console.log([undefined, null], { u: undefined });
console.log(Object(1 === undefined), [Symbol("x"), Symbol()], { [Symbol("k")]: 1 });
console.log([[]], [{}], {a: []}, {a: {}});
console.log(new Array(3).fill({ deep: { deeper: { deepest: 1 } } }));
const m = new Map(); m.set(m, m); console.log(m);
console.log([1, 2, 3].keys(), new Map([[1, 2]]).entries(), new Set([5]).values(), [1].entries());
console.log(new Map([[1, 2]]).keys(), "%s", new Map([[1,2]]));
