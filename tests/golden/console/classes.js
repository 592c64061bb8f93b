class A {}
class B extends A {}
const Anonymous = class {};
console.log(A);
console.log(B);
console.log(Anonymous);
console.log(class {});
console.log(class extends A {});
console.log([A, B]);
console.log({ cls: A });
class WithStatic {
  static count = 3;
  static helper() {}
}
console.log(WithStatic);
class ExtendsBuiltin extends Array {}
console.log(ExtendsBuiltin);
