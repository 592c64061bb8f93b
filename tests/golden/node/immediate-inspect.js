const a = setImmediate(() => {});
const b = setImmediate((x) => console.log('never', x), 7);
const c = setImmediate(() => {});
clearImmediate(b);
console.log(a, b);
setTimeout(() => console.log(a, c), 5);
console.log(a.hasRef(), a.unref() === a, a.hasRef(), a.ref().hasRef());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(a)), a.constructor.name);
