var a = 1;
let b = 2;
const c = 3;
console.log("a b c:", a, b, c);
a = 10;
b = 20;
console.log("after reassign:", a, b);
var a = 100;
console.log("var redeclared:", a);
let u;
var v;
console.log("uninitialized let/var:", u, v);
const obj = { n: 1 };
obj.n = 2;
console.log("const object mutated:", obj.n);
try {
  c = 4;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("c still:", c);
