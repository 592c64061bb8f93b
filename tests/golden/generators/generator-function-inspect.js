function* gen() {
  yield 1;
}
const anon = [function* () {}][0];
class K {
  *method() {}
  static *make() {}
}
console.log(gen);
console.log([gen]);
console.log({ gen, anon });
console.log(K.prototype.method, K.make);
console.log({ obj: { *inner() {} } });
