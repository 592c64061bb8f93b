function Plain() {
  console.log("Plain new.target is Plain:", new.target === Plain, typeof new.target);
}
new Plain();
Plain();

function MustNew() {
  if (!new.target) return "called without new";
  this.ok = true;
}
console.log(MustNew(), new MustNew());

class Base {
  constructor() {
    console.log("new.target.name:", new.target.name);
  }
  static create() { return new this(); }
}
class Derived extends Base {}
new Base();
new Derived();
Derived.create();

class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError("abstract!");
  }
}
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { console.log("caught:", e.message); }
console.log("concrete ok:", new Concrete() instanceof Abstract);
const arrow = function () { return (() => new.target)(); };
console.log("arrow sees outer new.target:", new arrow() === arrow);
