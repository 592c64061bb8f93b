// Array destructuring closes its iterator when a target or a default throws, and
// evaluates a property target before stepping the iterator.
function logged(values) {
  let i = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      console.log('next', i);
      return i < values.length ? { value: values[i++], done: false } : { done: true };
    },
    return() {
      console.log('return');
      return {};
    },
  };
}

function boom() {
  throw new Error('target');
}
try {
  [{}[boom()]] = logged([1, 2]);
} catch (e) {
  console.log('caught', e.message);
}

try {
  var a;
  [a = boom()] = logged([undefined]);
} catch (e) {
  console.log('caught', e.message);
}

var o = {};
function key(k) {
  console.log('key', k);
  return k;
}
[o[key('x')], ...o[key('rest')]] = logged([1, 2, 3]);
console.log(o);

var frozen = Object.freeze({ p: 0 });
try {
  (function () {
    'use strict';
    [frozen.p] = logged([1]);
  })();
} catch (e) {
  console.log(e.constructor.name);
}
