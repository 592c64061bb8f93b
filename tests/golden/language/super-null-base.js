// `super.x` when the home object has no prototype: reading and writing are TypeErrors,
// and `delete super.x` is always a ReferenceError.
var obj = {
  read() {
    return super.x;
  },
  write() {
    super.x = 1;
  },
  update(k) {
    return super[k]++;
  },
  remove() {
    delete super.x;
  },
};
Object.setPrototypeOf(obj, null);
for (const [name, args] of [['read', []], ['write', []], ['update', [2]], ['remove', []]]) {
  try {
    console.log(obj[name](...args));
  } catch (e) {
    console.log(name, e.constructor.name + ': ' + e.message);
  }
}

// With a prototype: read from the prototype, written to the receiver.
var proto = { n: 1 };
var child = {
  __proto__: proto,
  bump(k) {
    super[k] += 10;
    return [this.n, proto.n];
  },
};
console.log(child.bump('n'));
