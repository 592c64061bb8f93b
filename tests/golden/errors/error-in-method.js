class Account {
  constructor(owner) {
    this.owner = owner;
    this.balance = 0;
  }
  withdraw(amount) {
    if (amount > this.balance) {
      throw new RangeError(`cannot withdraw ${amount} from ${this.owner}`);
    }
    this.balance -= amount;
  }
}
const acc = new Account("ann");
console.log("balance:", acc.balance);
acc.withdraw(5);
