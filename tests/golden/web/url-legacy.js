// node:url's legacy API: url.parse (with parseQueryString and slashesDenoteHost),
// format (of a Url, a plain object, a string and a WHATWG URL with options),
// resolve and resolveObject, and Node's warnings about them.
const url = require('url');

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));

console.log(url.parse('https://user:pa ss@Example.COM:8080/p/a/t/h?query=string&a=1#hash'));
console.log(url.parse('/p/a?x=1&y=2', true));
console.log(url.parse('//foo/bar', false, true));
console.log(url.parse('//foo/bar'));
console.log(url.parse('mailto:a@b.c'));
console.log(url.parse('http://[::1]:3000/x'));
console.log(url.parse('http://ünicode.com/ä b'));
console.log(url.parse('  http://x.com\\a\\b?c\\d  '));
console.log(url.parse('http://x.com:abc/'));
console.log(url.parse('http://x.com') instanceof url.Url);

const cases = [
  'http://a@b@c/', 'http://a@b?@c', 'HTTP://X.COM', 'javascript:alert(1)',
  'file:///etc/passwd', 'file://host/x', 'x', '', '  ', '?a=1', '#h', 'http://user:@x/',
  'http://x/a b<c>"d`e{f}|g^h\'i', 'http://xn--x.com', 'http://1.2.3/',
  'mailto:foo@bar.com?subject=hi', 'http://x.com?a=1#b?c',
  'git+ssh://git@github.com:npm/cli.git', 'http://x.com/\\a\\b', 'ws://x',
  'http://a.b.c:99999/', 'http://-x.com', 'http://x_y.com', 'http://%41.com',
];
for (const c of cases) {
  const u = url.parse(c, true);
  console.log(JSON.stringify(u), u.format());
}

console.log(url.format({
  protocol: 'https', hostname: 'example.com', pathname: '/some/path',
  query: { page: 1, format: 'json' },
}));
console.log(url.format({
  protocol: 'http', host: 'a.com', pathname: 'x#y?z', search: 'q', hash: 'h', auth: 'u@s:p w',
}));
console.log(url.format({ hostname: '::1', port: 8 }), url.format({ protocol: 'file', pathname: '/x' }),
  url.format({ protocol: 'mailto', pathname: 'a@b' }), JSON.stringify(url.format({})));
console.log(url.format('http://a.com/x y'));
const whatwg = new URL('https://a:b@測試.com/p?q=1#h');
console.log(url.format(whatwg, { fragment: false, unicode: true, auth: false }));
console.log(url.format(whatwg, { search: false }));
console.log(url.format(new URL('http://xn--g6w251d.com:81/p'), { unicode: true }));

const resolutions = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://example.com/a/b/c', '../../d?x#y'], ['http://a/b/c/d;p?q', 'g:h'],
  ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '//g'],
  ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', ''],
  ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', 'https://x/y'],
  ['http://a/b/c/d;p?q', 'https:y'], ['mailto:local1@domain1', 'local2@domain2'], ['a/b', '../../c'],
  ['http://u:p@a/b', '/c'], ['http://u:p@a/b', '//x/c'], ['file:///a/b', 'c'], ['http://x', 'file:y'],
  ['news:x/y', '../z'],
];
for (const [from, to] of resolutions) {
  console.log(JSON.stringify(from), JSON.stringify(to), url.resolve(from, to));
}
console.log(url.resolveObject('http://a/b', 'c'));

for (const f of [() => url.parse(5), () => url.format(5), () => url.format(whatwg, 5)]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const keys = [];
for (const k in url.parse('http://x.com/a?b=c')) {
  keys.push(k);
}
console.log(keys.join(' '));
console.log('end of script');
