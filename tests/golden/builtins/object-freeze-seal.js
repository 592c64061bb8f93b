const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
frozen.a = 99;
frozen.c = 3;
delete frozen.a;
console.log("frozen unchanged:", frozen.a, frozen.c);
frozen.nested.b = 20;
console.log("freeze is shallow:", frozen.nested.b);
console.log("isFrozen:", Object.isFrozen(frozen), Object.isFrozen(frozen.nested), Object.isFrozen({}));
console.log("empty non-extensible is frozen:", Object.isFrozen(Object.preventExtensions({})));
console.log("primitives are frozen:", Object.isFrozen(1), Object.isFrozen("s"));
const sealed = Object.seal({ x: 1 });
sealed.x = 2;
sealed.y = 3;
delete sealed.x;
console.log("sealed:", sealed, Object.isSealed(sealed), Object.isFrozen(sealed));
const noExt = Object.preventExtensions({ k: 1 });
noExt.z = 1;
delete noExt.k;
console.log("preventExtensions:", noExt, Object.isExtensible(noExt));
const arr = Object.freeze([1, 2]);
try {
  arr.push(3);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("freeze returns same object:", Object.freeze(frozen) === frozen);
