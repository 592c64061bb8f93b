// The constructor name in front of an object follows Node's getConstructorName:
// well-known prototypes, own `constructor` functions, `<...>` for prototype chains
// that name none; kinds are recognised in Node's order (an array that is no
// longer iterable shows as an object).
class MySet extends Set {}
class MyMap extends Map {}
console.log(new MySet([1]), new MyMap([[1, 2]]));
console.log(Object.setPrototypeOf(new Map([[1, 2]]), Object.prototype));
console.log(Object.setPrototypeOf([1, 2], Object.prototype));
console.log(Object.setPrototypeOf(new Number(3), Object.prototype));
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null));
console.log(Object.setPrototypeOf([1, 2], null), Object.setPrototypeOf(/x/, null));
console.log(Object.setPrototypeOf(new Number(3), null));
console.log({ x: { y: { z: Object.setPrototypeOf([1], null) } } });
console.log({ x: { y: { z: Object.setPrototypeOf(new Map([[1, 2]]), null) } } });
console.log(Object.create(Object.create(null)));
console.log(Object.create(Object.create(Object.create(null))));
console.log(String.prototype, Number.prototype, Boolean.prototype, Symbol.prototype);
console.log(Error.prototype, RegExp.prototype, Promise.prototype, Map.prototype);
