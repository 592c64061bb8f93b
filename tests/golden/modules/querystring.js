// node:querystring: parse, stringify, escape, unescape as Node has them.
const qs = require('querystring');
console.log(Object.keys(qs));
console.log(qs.parse('a=1&b=2&b=3&c&=e&&d=%E2%82%AC+x&bad=%zz%4&plus=a+b'));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.parse(''), qs.parse(42), qs.parse('x=%C3%A9&y=%FF'));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: NaN, g: 10n, h: {}, 'k€': '€!*()' }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify('x'), qs.stringify({ a: 'b' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.escape('a b&c/ä'), qs.unescape('a%20b%zz'), qs.unescapeBuffer('a%41+b'), qs.unescapeBuffer('a%41+b', true).toString());
try { qs.escape('\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
