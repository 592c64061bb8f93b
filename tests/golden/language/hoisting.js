console.log("var before declaration:", hoisted);
var hoisted = "now set";
console.log("after:", hoisted);

console.log("function declaration called early:", early());
function early() {
  return "works";
}

console.log("typeof function expression var:", typeof later);
var later = function () {
  return 1;
};
console.log("typeof after assignment:", typeof later);

function inner() {
  console.log("inner var before:", v);
  if (false) {
    var v = 5;
  }
  return v;
}
console.log("inner result:", inner());

function twice() { return 1; }
function twice() { return 2; }
console.log("last declaration wins:", twice());
