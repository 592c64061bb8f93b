function show(a, b, c) {
  console.log('show', a, b, c);
}
function tag(label) {
  console.log('eval', label);
  return label;
}
async function f() {
  show(tag('a'), await tag('b'), tag('c'));
  console.log([tag('x'), await Promise.resolve(tag('y')), tag('z')].join(''));
  const o = { p: tag('p'), q: await tag('q') };
  console.log(o.p + o.q);
}
f();
Promise.resolve().then(() => console.log('microtask')).then(() => console.log('microtask 2'));
console.log('sync end');
