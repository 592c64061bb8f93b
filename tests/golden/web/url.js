// WHATWG URL: parsing against a base, every getter and setter, the searchParams
// link, URL.parse/canParse, toJSON and the Invalid URL error.
const u = new URL('https://user:pa ss@EXAMPLE.org:8080/a/../b/c d?x=1&y=%20#frag');
console.log(u);
console.log(u.href, u.origin, u.protocol, u.username, u.password);
console.log(u.host, u.hostname, u.port, u.pathname, u.search, u.hash);
console.log(String(u) === u.href, u.toJSON() === u.href, JSON.stringify({ u }));

const v = new URL('http://example.com/path?q=1#top');
v.protocol = 'https';
v.username = 'me';
v.password = 'secret';
v.hostname = 'example.net';
v.port = '8443';
v.pathname = '/new path/ü';
v.search = 'a=1&b=two words';
v.hash = 'section 2';
console.log(v.href);
v.port = '443';
console.log(v.port, v.host, v.href);
v.port = 'abc';
console.log(v.port);
v.protocol = 'ftp:';
console.log(v.protocol);
v.host = 'other.org:81';
console.log(v.host);
v.search = '';
v.hash = '';
console.log(v.href);
v.href = 'http://[::1]:3000/x';
console.log(v.hostname, v.host, v.origin);

// The searchParams object is live in both directions.
const w = new URL('http://h/?a=1&b=2');
const params = w.searchParams;
console.log(params === w.searchParams, params.get('a'), params.size);
params.append('c', '3 4');
console.log(w.search, w.href);
w.search = '?z=9';
console.log(params.get('z'), params.has('a'), [...params]);
params.delete('z');
console.log(JSON.stringify(w.search), w.href);

// Relative references resolved against a base.
for (const [input, base] of [['../up?x#y', 'http://a.com/b/c/d'], ['//other/p', 'https://a.com'],
  ['?only', 'http://a.com/p?q'], ['#h', 'http://a.com/p?q'], ['/abs', 'file:///x/y']]) {
  console.log(new URL(input, base).href);
}
console.log(new URL('HTTP://ExAmple.COM:80/%7Efoo/./bar').href);
console.log(new URL('http://münchen.de/').hostname, new URL('http://0x7f.1/').hostname);
console.log(new URL('blob:https://a.com/x').origin, new URL('data:text/plain,hi').origin,
  new URL('file:///x').origin);
console.log(new URL('mailto:someone@example.com').pathname);

console.log(URL.canParse('x'), URL.canParse('x', 'http://a'), URL.canParse('http://a'));
console.log(URL.parse('x'), URL.parse('/p', 'http://b').href);

for (const args of [['nope'], ['nope', 'bad base'], ['http://a b.com'], []]) {
  try {
    new URL(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message, e.input, e.base, Object.keys(e));
  }
}
try {
  w.href = 'not a url';
} catch (e) {
  console.log(e.code, e.input, w.href);
}
console.log(Object.prototype.toString.call(u), typeof URL.prototype.toString);
console.log(Object.getOwnPropertyNames(URL.prototype));
console.log({ a: { b: { u: new URL('http://a'), p: new URLSearchParams('a=1'), i: new URLSearchParams('a=1').keys() } } });
console.log(require('util').inspect(new URL('http://x'), { depth: 0 }));
console.log([new URL('http://x/')], { nested: { url: new URL('http://y/?k=v') } });
