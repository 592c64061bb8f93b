const user = { name: "Ada", age: 36, address: { city: "London", zip: "N1" }, tags: ["math", "code"] };
const { name, age } = user;
console.log("basic:", name, age);
const { name: fullName, missing = "fallback" } = user;
console.log("rename + default:", fullName, missing);
const { address: { city }, tags: [firstTag] } = user;
console.log("nested:", city, firstTag);
const { name: n2, ...others } = user;
console.log("rest:", n2, Object.keys(others));
const key = "age";
const { [key]: dynamicAge } = user;
console.log("computed key:", dynamicAge);
const { length } = "hello";
console.log("from primitive:", length);
let a, b;
({ a, b = 2 } = { a: 1 });
console.log("assignment needs parens:", a, b);
const { toString } = {};
console.log("inherited property:", toString === Object.prototype.toString);
try {
  const { x } = null;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  const { y: { z } } = { y: undefined };
} catch (e) {
  console.log(e.name + ": " + e.message);
}
