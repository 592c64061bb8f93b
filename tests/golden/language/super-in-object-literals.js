const base = {
  hello() { return "base hello"; },
  get kind() { return "base-kind"; },
};
const child = {
  __proto__: base,
  hello() { return "child + " + super.hello(); },
  get kind() { return "child/" + super.kind; },
};
console.log(child.hello(), child.kind);
console.log("proto set by __proto__:", Object.getPrototypeOf(child) === base);
console.log("__proto__ not own key:", Object.keys(child));
const computed = { ["__proto__"]: 1 };
console.log("computed __proto__ is own:", Object.keys(computed));
class Animal {
  static describe() { return "Animal.describe on " + this.name; }
  static get label() { return "animal"; }
}
class Dog extends Animal {
  static describe() { return "Dog > " + super.describe(); }
  static get label() { return "dog/" + super.label; }
}
console.log(Dog.describe());
console.log(Dog.label, Object.getPrototypeOf(Dog) === Animal);
const borrowed = child.hello;
console.log("super is static:", borrowed.call({}));
