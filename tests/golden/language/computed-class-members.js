const key = "greet";
const sym = Symbol("secret");
class Thing {
  [key]() { return "hello"; }
  [`${key}Twice`]() { return "hello hello"; }
  get [sym]() { return "symbol getter"; }
  static ["make" + "One"]() { return new Thing(); }
  [1 + 1]() { return "two"; }
}
const t = Thing.makeOne();
console.log(t.greet(), t.greetTwice(), t[sym], t[2]());
console.log("static keys:", Object.getOwnPropertyNames(Thing));
console.log("proto names:", Object.getOwnPropertyNames(Thing.prototype));
console.log("method name:", Thing.prototype.greet.name, Thing.prototype[2].name);
console.log("symbol getter name:", Object.getOwnPropertyDescriptor(Thing.prototype, sym).get.name);
