const animal = {
  kind: "animal",
  speak() { return this.name + " makes a sound"; },
};
const dog = Object.create(animal);
dog.name = "Rex";
dog.bark = function () { return "woof"; };
console.log(dog.speak());
console.log("inherited kind:", dog.kind);
console.log("own keys:", Object.keys(dog));
console.log("hasOwnProperty kind:", dog.hasOwnProperty("kind"));

dog.kind = "dog";
console.log("shadowed:", dog.kind, "proto still:", animal.kind);
delete dog.kind;
console.log("after delete:", dog.kind);

const puppy = Object.create(dog);
puppy.name = "Bit";
console.log("two levels:", puppy.speak(), puppy.bark());
console.log("chain:", Object.getPrototypeOf(puppy) === dog, Object.getPrototypeOf(dog) === animal);
console.log("top:", Object.getPrototypeOf(animal) === Object.prototype, Object.getPrototypeOf(Object.prototype));

function Shape() {}
Shape.prototype.area = function () { return 0; };
function Square(s) { this.s = s; }
Square.prototype = Object.create(Shape.prototype);
Square.prototype.area = function () { return this.s * this.s; };
const sq = new Square(3);
console.log("area:", sq.area(), sq instanceof Square, sq instanceof Shape);
