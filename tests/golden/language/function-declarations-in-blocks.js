"use strict";
{
  function inBlock() {
    return "block function";
  }
  console.log(inBlock());
}
console.log("strict: not visible outside block:", typeof inBlock);
function outer() {
  if (true) {
    function local() { return "local"; }
  }
  return typeof local;
}
console.log("strict block function in if:", outer());
const fns = [];
for (let i = 0; i < 2; i++) {
  function each() { return i; }
  fns.push(each);
}
console.log("per-iteration declarations:", fns.map((f) => f()));
