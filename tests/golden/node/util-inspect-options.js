// util.inspect with options, and [util.inspect.custom] honoured by console.log.
const util = require('node:util');
const nested = { a: { b: { c: { d: { e: 1 } } } }, list: [3, 1, 2] };
console.log(util.inspect(nested));
console.log(util.inspect(nested, { depth: 0 }));
console.log(util.inspect(nested, { depth: null }));
console.log(util.inspect(nested, { depth: Infinity, breakLength: Infinity }));
console.log(util.inspect(nested, false, 1));
console.log(util.inspect({ z: 1, a: 2, m: { y: 1, b: 2 } }, { sorted: true }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect({ a: 1, b: 'two', c: [1, 2, 3] }, { compact: false }));
console.log(util.inspect({ a: 1, b: { c: 2 } }, { compact: true }));
console.log(util.inspect({ alpha: 'a'.repeat(30), beta: 'b'.repeat(30), gamma: 'c'.repeat(30) }, { compact: true }));
console.log(util.inspect({ a: 1, b: 2, c: 3 }, { breakLength: 10 }));
console.log(util.inspect([1, 2, 3, 4, 5], { maxArrayLength: 2 }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 5 }));
console.log(util.inspect([1, [2]], { showHidden: true }));
const withGetters = {
  get plain() { return 42; },
  get obj() { return { inner: true }; },
  get nothing() { return null; },
  get failing() { throw { stack: undefined, message: 'nope' }; },
  get both() { return 'b'; },
  set both(v) {},
};
console.log(util.inspect(withGetters));
console.log(util.inspect(withGetters, { getters: true }));

class Money {
  constructor(amount) { this.amount = amount; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${inspect(this.amount, options)}> at depth ${depth}`;
  }
}
console.log(new Money(5));
console.log({ wallet: [new Money(1)] });
console.log(util.inspect(new Money(2), { depth: 5 }));
console.log(util.inspect(new Money(2), { customInspect: false }));
const multiline = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'line1\nline2'; } };
console.log({ key: { multiline } });
const replaced = { [util.inspect.custom]() { return { replaced: true }; } };
console.log(replaced, `${util.format('%O', replaced)}`);
const throwing = { [util.inspect.custom]() { throw new Error('custom failed'); } };
try {
  console.log(throwing);
} catch (e) {
  console.log('threw', e.message);
}
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength);
