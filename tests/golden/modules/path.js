// node:path (POSIX): the same text functions Node has, on tricky inputs.
const path = require('node:path');
const show = (name, ...args) => console.log(name, JSON.stringify(args), JSON.stringify(path[name](...args)));

for (const p of ['/a//b/../c/.', 'a/../../b/', '', './', '.', '..', '/..', 'a/./b/', '//x']) show('normalize', p);
for (const args of [['a', '', '../b'], [], ['/x', 'y', '..', 'z/'], ['', ''], ['a', '/b']]) show('join', ...args);
for (const p of ['/a/b/', 'a', '/a', '/', '', '//a', 'a/b//', '.']) show('dirname', p);
for (const [p, s] of [['/a/b.js', '.js'], ['/a/b.js', 'b.js'], ['a/', undefined], ['/', undefined], ['x.js', 'js']]) show('basename', p, s);
for (const p of ['a/.hidden', 'a/b.tar.gz', 'a/b.', '..', '.x.y', 'noext', 'a.b/c']) show('extname', p);
for (const [a, b] of [['/a/b/c', '/a/d'], ['/a', '/a'], ['/a/b', '/a/b/c/d'], ['/', '/x']]) show('relative', a, b);
for (const p of ['/home/u/file.txt', 'dir/file', 'file.js', '/', './a.b']) show('parse', p);
show('format', { dir: '/home/u', base: 'f.txt' });
show('format', { root: '/', name: 'f', ext: 'txt' });
show('format', { root: '/', base: 'x', dir: '/' });
console.log(path.isAbsolute('/a'), path.isAbsolute('a'), path.sep, path.delimiter, path.posix === path);
console.log(path.resolve('/a/b', '../c', './d') , path.resolve('/x', '/y', 'z'));
console.log(path.resolve('x') === path.join(process.cwd(), 'x'));
try {
  path.join('a', 1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
