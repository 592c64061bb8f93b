function show() {
  console.log("length:", arguments.length, "first:", arguments[0]);
  console.log("is array:", Array.isArray(arguments), "typeof:", typeof arguments);
  return Array.prototype.slice.call(arguments);
}
console.log(show(1, "two", 3));
show();

function sloppy(a) {
  arguments[0] = "changed";
  return a;
}
console.log("sloppy mapped:", sloppy("orig"));

function strict(a) {
  "use strict";
  arguments[0] = "changed";
  return a;
}
console.log("strict unmapped:", strict("orig"));

function outer() {
  const arrow = () => arguments[0];
  return arrow("ignored");
}
console.log("arrow sees outer arguments:", outer("outer-arg"));

function extra(a, b) {
  return [arguments.length, a, b];
}
console.log(extra(1, 2, 3, 4));
