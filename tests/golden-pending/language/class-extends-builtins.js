class Stack extends Array {
  peek() {
    return this[this.length - 1];
  }
}
const s = new Stack();
s.push(1, 2, 3);
console.log("peek:", s.peek(), "length:", s.length);
console.log("Array.isArray:", Array.isArray(s), s instanceof Stack);
const mapped = s.map((x) => x * 2);
console.log("map returns subclass:", mapped instanceof Stack, mapped.peek());

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = "HttpError";
    this.status = status;
  }
}
const e = new HttpError(404, "not found");
console.log(e.name, e.status, e.message, e instanceof Error, String(e));

class Base {
  static describe() {
    return "I am " + this.name;
  }
}
class Derived extends Base {}
console.log(Derived.describe());
class NullBase extends null {}
console.log("extends null prototype:", Object.getPrototypeOf(NullBase.prototype));
