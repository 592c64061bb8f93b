// How console.log shows dates: the ISO form, `Invalid Date`, a prefix for
// subclasses and odd prototypes, and extra properties in braces.
process.env.TZ = 'Asia/Tokyo';

const d = new Date(0);
console.log(d);
console.log(new Date(NaN));
console.log([d, new Date(NaN)], { d, n: new Date('x') });
console.log(new Map([[d, d]]), new Set([d]), [[[d]]]);

const e = new Date(86400000);
e.foo = 1;
e.bar = 'x';
console.log(e);
console.log({ nested: { e } });

class MyDate extends Date {
  constructor(...args) {
    super(...args);
    this.extra = true;
  }
}
console.log(new MyDate(0), [new MyDate(NaN)]);
class Empty extends Date {}
console.log(new Empty(1e12));

console.log(Object.setPrototypeOf(new Date(0), null));
const tagged = new Date(0);
tagged[Symbol.toStringTag] = 'T';
console.log(tagged);
console.log(Object.setPrototypeOf(new Date(0), Object.prototype));

// Format specifiers: %s and template literals use toString; %o and %O inspect; %j
// is JSON.
console.log('%s | %o | %O | %j | %d', d, d, d, d, d);
console.log(`${d}`, '' + d);

console.log(Date.prototype, Date, Date.prototype.constructor === Date);
console.log(Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive));
