// Natives between JavaScript frames appear as V8 names its builtins: the receiver's
// type and the method (`Array.forEach`), `new X` for constructors, the bare name for
// plain calls, `<anonymous>` for the place.
// Node shows absolute paths and frames of its own (node:...): keep the script's.
const frames = (e) =>
  e.stack
    .split('\n')
    .filter((l) => !l.includes('node:'))
    .map((l) => l.replace(/\/\S*\//, ''))
    .join('\n');
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(frames(e));
  }
}

show(() => [1].forEach(() => { throw new Error('forEach'); }));
show(() => [1].map(function named() { throw new Error('map'); }));
show(() => JSON.parse('{"a":1}', () => { throw new Error('reviver'); }));
show(() => JSON.parse('{'));
show(() => 'abc'.replace(/b/, () => { throw new Error('replace'); }));
show(() => [3, 1, 2].sort(() => { throw new Error('sort'); }));
show(() => Array.from([1], () => { throw new Error('from'); }));
show(() => [].reduce((a, b) => a));
show(() => new Map([1]));
show(() => Object.keys(null));
show(() => String({ toString() { throw new Error('toString'); } }));
show(() => Math.max({ valueOf() { throw new Error('valueOf'); } }));
show(() => 'a'.repeat(-1));
show(() => (1).toFixed(200));
show(() => JSON.stringify({ a: { toJSON: () => { throw new Error('arrow toJSON'); } } }));
show(() => [{ toString() { throw new Error('join'); } }].join());
show(() => Object.entries({ get a() { throw new Error('entries'); } }));

// The receiver names the type, whatever the method belongs to.
show(() => Array.prototype.forEach.call({ length: 1, 0: 1 }, () => { throw new Error('generic'); }));
show(() => Array.prototype.forEach.call('a', () => { throw new Error('on a string'); }));
show(() => [].forEach.call(null));
show(() => new Set([1]).add.call(1));
show(() => Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call({}));
show(() => Array.of.call(function () { throw new Error('of'); }));

// A method found under another name shows `[as name]`.
show(() => {
  const o = { m() { throw new Error('as q'); } };
  const p = { q: o.m };
  p.q();
});
show(() => {
  const o = { each: [].forEach };
  o.each(() => { throw new Error('as each'); });
});

// call, apply, Reflect.apply, the Array constructor and bound functions leave no frame.
show(() => (function g() { throw new Error('call'); }).call(null));
show(() => (function g() { throw new Error('apply'); }).apply(null, []));
show(() => Reflect.apply(function g() { throw new Error('reflect'); }, null, []));
show(() => new Array(-1));
show(() => [1].map(parseInt.bind(null, { toString() { throw new Error('bound'); } })));

// Generators resumed by next() run above it.
show(() => {
  function* gen() { throw new Error('gen'); }
  gen().next();
});

// A subclass constructor calling a native one.
show(() => {
  class Sub extends Map { constructor() { super([1]); } }
  new Sub();
});
