class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return `${this.name} makes a sound`;
  }
  static create(name) {
    return new this(name);
  }
  get description() {
    return "animal " + this.name;
  }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() {
    return super.speak() + " (woof)";
  }
  get description() {
    return super.description + " of breed " + this.breed;
  }
}
const d = new Dog("Rex", "lab");
console.log(d.speak());
console.log(d.description);
console.log("inherited static returns subclass:", Dog.create("Pup") instanceof Dog);
console.log("static chain:", Object.getPrototypeOf(Dog) === Animal);
console.log("instanceof:", d instanceof Dog, d instanceof Animal);
console.log("constructor name:", d.constructor.name, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
class Cat extends Animal {}
console.log("implicit constructor forwards args:", new Cat("Tom").name);
class Broken extends Animal {
  constructor() {
    this.x = 1;
  }
}
try {
  new Broken();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
