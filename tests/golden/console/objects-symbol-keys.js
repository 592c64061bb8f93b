const tag = Symbol("tag");
console.log({ [tag]: "value", normal: 1 });
console.log({ [Symbol()]: "no description" });
console.log({ [Symbol.iterator]: 1 });
console.log({ [Symbol("a b")]: 1, [Symbol.for("registered")]: 2 });
const hidden = {};
Object.defineProperty(hidden, Symbol("hidden"), { value: 1, enumerable: false });
console.log(hidden);
