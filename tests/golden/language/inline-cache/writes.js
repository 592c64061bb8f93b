// Writes through a cached site: adding properties follows the same transition for
// each object, and setters, read-only properties and frozen objects are obeyed.
'use strict';
function make(v) {
  const o = {};
  o.first = v;
  o.second = v + 1;
  return o;
}
const a = make(1);
const b = make(10);
console.log(a, b, Object.keys(b));

// A setter added to the prototype after the site cached an add.
const proto = {};
function C() {}
C.prototype = proto;
function setValue(o, v) {
  o.value = v;
}
const c1 = new C();
setValue(c1, 1);
console.log(Object.getOwnPropertyNames(c1));
let seen = [];
Object.defineProperty(proto, 'value', {
  set(v) {
    seen.push(v);
  },
  get() {
    return 'getter';
  },
});
const c2 = new C();
setValue(c2, 2);
console.log(Object.getOwnPropertyNames(c2), seen, c2.value);

// A read-only property on the prototype.
const ro = {};
function D() {}
D.prototype = ro;
const d1 = new D();
setValue(d1, 1);
Object.defineProperty(ro, 'value', { value: 'fixed', writable: false });
try {
  setValue(new D(), 2);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Frozen and non-extensible receivers of a cached shape.
const e1 = make(1);
setValue(e1, 5);
const e2 = make(2);
Object.freeze(e2);
try {
  e2.first = 9;
} catch (e) {
  console.log(e.message);
}
const e3 = make(3);
Object.preventExtensions(e3);
try {
  setValue(e3, 7);
} catch (e) {
  console.log(e.message);
}
console.log(e1, e2, e3);

// A writable default on the prototype is shadowed, not changed.
function V(x) {
  this.x = x;
}
V.prototype.x = 0;
const vs = [new V(1), new V(2), new V(3)];
console.log(vs.map((v) => v.x), V.prototype.x, Object.keys(vs[2]));

// Array length and string length stay exotic at a shared site.
function len(o) {
  return o.length;
}
console.log(len([1, 2, 3]), len('abcd'), len({ length: 7 }), len(new String('xy')));
const arr = [1, 2];
arr.length = 1;
console.log(len(arr), arr);
function setLen(o, n) {
  o.length = n;
}
const big = [1, 2, 3, 4];
setLen({}, 1);
setLen(big, 2);
setLen(big, 1);
console.log(big, big.length);
