function* gen() {
  yield 1;
}
const g = gen();
console.log(g);
console.log([g]);
console.log({ g });
console.log(typeof g, typeof gen);
console.log(String(g));
console.log(Object.prototype.toString.call(g));
console.log(Object.prototype.toString.call(gen));
console.log(g[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(g) === gen.prototype);
console.log(g instanceof gen);
console.log(typeof g.next, typeof g.return, typeof g.throw);
console.log(gen.name, gen.length);
function* two(a, b) {}
console.log(two.length);
