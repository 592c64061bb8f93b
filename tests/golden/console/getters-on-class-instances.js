class Account {
  #balance = 10;
  owner = "ann";
  get balance() { return this.#balance; }
}
const acc = new Account();
console.log(acc);
Object.defineProperty(acc, "ownGetter", { get() { return 1; }, enumerable: true });
console.log(acc);
Object.defineProperty(acc, "ownBoth", { get() { return 1; }, set(v) {}, enumerable: true });
console.log(acc);
Object.defineProperty(acc, "ownSetter", { set(v) {}, enumerable: true });
console.log(acc);
