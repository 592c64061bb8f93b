// Computed field keys are evaluated once, when the class is defined, in member order
// with the other computed keys; every instance gets the same keys.
let i = 0;
class C { [`k${i++}`] = 1; static [`s${i++}`] = 2; [`m${i++}`]() {} }
console.log(i, Object.keys(new C()), Object.keys(new C()), Object.keys(C), i);
class D extends C { [Symbol.iterator] = 5; ['x' + i] = i; }
console.log(new D(), i);
const order = [];
const key = (k) => { order.push(k); return k; };
class E {
  static [key('a')] = order.push('init a');
  [key('b')] = order.push('init b');
  [key('c')]() {}
  static { order.push('block'); }
}
console.log(order.join(' '));
new E();
console.log(order.join(' '));
try {
  class F { [(() => { throw new Error('key failed'); })()] = 1; }
} catch (e) {
  console.log(e.message);
}
try {
  class G { [G] = 1; }
} catch (e) {
  console.log(e.name, e.message);
}
