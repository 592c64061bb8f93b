// A RegExp shows as itself past the depth limit, even with own properties.
const re = /re/gi;
re.extra = 1;
console.log({ a: { b: { c: re } } });
console.log({ a: { b: { c: { d: re } } } });
console.log({ a: { b: { c: [re] } } });
console.log([re]);
