class Temperature {
  static #count = 0;
  static unit = "C";
  static create(v) {
    Temperature.#count++;
    return new Temperature(v);
  }
  static get created() {
    return Temperature.#count;
  }
  constructor(c) {
    this._c = c;
  }
  get fahrenheit() {
    return this._c * 1.8 + 32;
  }
  set fahrenheit(f) {
    this._c = (f - 32) / 1.8;
  }
}
const t = Temperature.create(100);
Temperature.create(0);
console.log("static method + getter:", Temperature.created, Temperature.unit);
console.log("getter:", t.fahrenheit);
t.fahrenheit = 32;
console.log("setter:", t._c);
console.log("static not on instance:", t.create, t.unit);
console.log("accessor on prototype:", Object.keys(Object.getOwnPropertyDescriptor(Temperature.prototype, "fahrenheit")));
console.log("own keys of instance:", Object.keys(t));
