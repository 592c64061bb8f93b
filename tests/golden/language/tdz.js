try {
  console.log(a);
} catch (e) {
  console.log(e.name, "-", e.message);
}
let a = 1;
console.log("a after init:", a);

try {
  typeof b;
} catch (e) {
  console.log("typeof in TDZ:", e.name, "-", e.message);
}
const b = 2;

function readLater() {
  return c;
}
try {
  readLater();
} catch (e) {
  console.log("via function:", e.message);
}
let c = 3;
console.log("now:", readLater());

try {
  class K extends K {}
} catch (e) {
  console.log("class self-reference:", e.name, "-", e.message);
}

try {
  let d = d + 1;
} catch (e) {
  console.log("self-init:", e.message);
}
