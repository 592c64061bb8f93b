class Counter {
  constructor() { this.n = 0; }
  async inc() {
    await null;
    this.n++;
    console.log('inc', this.n);
    return this.n;
  }
  static async create() {
    const c = new Counter();
    await c.inc();
    return c;
  }
}
const obj = {
  label: 'obj',
  async hello(name) {
    await null;
    return this.label + ' says hi to ' + name;
  },
  async ['computed' + 'Name']() {
    return 'computed';
  },
};
Counter.create().then((c) => console.log('created with n =', c.n));
obj.hello('x').then((s) => console.log(s));
obj.computedName().then((s) => console.log(s));
console.log(typeof Counter.prototype.inc, typeof obj.hello);
