// 3 million short-lived objects in cycles: garbage only a tracing collector can reclaim.
let sum = 0;
for (let i = 0; i < 1000000; i++) {
  const a = { i: i };
  a.self = a;
  const b = { other: a };
  a.b = b;
  const c = { left: a, right: b };
  b.c = c;
  sum = (sum * 31 + c.left.self.b.other.i) % 1000003;
}
console.log(sum);
