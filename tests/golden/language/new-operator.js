function Person(name) {
  this.name = name;
}
Person.prototype.hello = function () {
  return "I am " + this.name;
};
const p = new Person("Ann");
console.log(p.hello());
console.log("constructor:", p.constructor === Person);

function ReturnsObject() {
  this.a = 1;
  return { b: 2 };
}
console.log("returned object wins:", JSON.stringify(new ReturnsObject()));

function ReturnsPrimitive() {
  this.a = 1;
  return 99;
}
console.log("returned primitive ignored:", JSON.stringify(new ReturnsPrimitive()));

function NoArgs() { this.ok = true; }
console.log("new without parens:", new NoArgs().ok);

function Target() { return new.target === Target; }
console.log("new.target with new:", new Target() instanceof Target);
console.log("new.target without new:", Target());

try {
  const arrow = () => {};
  new arrow();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
