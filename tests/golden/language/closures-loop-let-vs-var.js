var fnsVar = [];
for (var i = 0; i < 3; i++) {
  fnsVar.push(function () { return i; });
}
console.log("var:", fnsVar.map(function (f) { return f(); }));

const fnsLet = [];
for (let j = 0; j < 3; j++) {
  fnsLet.push(() => j);
}
console.log("let:", fnsLet.map((f) => f()));

const fnsIife = [];
for (var k = 0; k < 3; k++) {
  (function (k) {
    fnsIife.push(() => k);
  })(k);
}
console.log("iife:", fnsIife.map((f) => f()));

const fnsOf = [];
for (const s of ["a", "b", "c"]) {
  fnsOf.push(() => s);
}
console.log("for-of const:", fnsOf.map((f) => f()));

const fnsMut = [];
for (let m = 0; m < 3; m++) {
  fnsMut.push(() => m);
  m++;
}
console.log("let mutated in body:", fnsMut.map((f) => f()));
