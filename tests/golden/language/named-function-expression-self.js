// A named function expression's own name is read-only: ignored in sloppy code,
// a TypeError in strict code.
const nf = function named() { named = 1; return typeof named; };
console.log(nf());
const nf2 = function named2() { "use strict"; try { named2 = 1; } catch (e) { console.log(e.constructor.name, e.message); } return typeof named2; };
console.log(nf2());
const nf3 = function n3() { n3 += 1; n3++; [n3] = [2]; ({ a: n3 } = { a: 3 }); return typeof n3; };
console.log(nf3());
const nf4 = function n4(n4) { n4 = 5; return n4; };
console.log(nf4(1));
const nf5 = function n5() { const g = () => { n5 = 0; return typeof n5; }; return g(); };
console.log(nf5());
