// Computed keys of class fields are evaluated once, when the class is defined,
// in source order with the other computed keys; field initializers run per instance.
const order = [];
const k = (s) => (order.push(s), s);
class Ordered {
  [k("method")]() {}
  [k("field")] = order.push("init");
  static [k("static")] = 1;
}
console.log("after class definition:", order);
new Ordered();
new Ordered();
console.log("after two instances:", order);
let n = 0;
class Counted {
  ["f" + ++n] = n;
  static [`s${++n}`] = n;
}
console.log("n after definition:", n);
console.log("instance:", new Counted(), "static:", Counted.s2);
