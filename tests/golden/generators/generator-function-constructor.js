function* gen() {
  yield 1;
}
const GeneratorFunction = Object.getPrototypeOf(gen).constructor;
console.log("constructor name:", gen.constructor.name);
console.log("is Function:", GeneratorFunction === Function);
console.log("proto toString:", Object.prototype.toString.call(Object.getPrototypeOf(gen)));
console.log("instanceof Function:", gen instanceof Function);
console.log("instanceof GeneratorFunction:", gen instanceof GeneratorFunction);
console.log("proto chain:", Object.getPrototypeOf(Object.getPrototypeOf(gen)) === Function.prototype);
console.log("has prototype:", Object.hasOwn(gen, "prototype"), typeof gen.prototype);
