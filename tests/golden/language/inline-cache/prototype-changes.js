// Property reads and writes at one site stay right while the prototype chain
// behind the objects they met changes: every change below must be seen.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.norm = function () {
  return this.x * this.x + this.y * this.y;
};

function read(o) {
  return o.norm;
}
function callNorm(o) {
  return o.norm();
}

const p = new Point(3, 4);
for (let i = 0; i < 3; i++) console.log(callNorm(p));

// Replacing the method on the prototype.
Point.prototype.norm = function () {
  return 'replaced';
};
console.log(callNorm(p));

// A data property turned into an accessor with defineProperty.
let calls = 0;
Object.defineProperty(Point.prototype, 'norm', {
  get() {
    calls++;
    return () => 'from getter';
  },
  configurable: true,
});
console.log(callNorm(p), callNorm(p), calls);

// Replacing the accessor's getter.
Object.defineProperty(Point.prototype, 'norm', {
  get() {
    return () => 'second getter';
  },
});
console.log(callNorm(p));

// Deleting it: the read goes on to Object.prototype, where it is missing.
delete Point.prototype.norm;
console.log(read(p));

// Adding it to a prototype further up.
Object.prototype.norm = function () {
  return 'from Object.prototype';
};
console.log(callNorm(p));
delete Object.prototype.norm;
console.log(read(p));

// Changing the prototype of the prototype.
const base = {
  norm() {
    return 'from base';
  },
};
Object.setPrototypeOf(Point.prototype, base);
console.log(callNorm(p));
Object.setPrototypeOf(Point.prototype, Object.prototype);
console.log(read(p));

// Changing the object's own prototype.
Object.setPrototypeOf(p, {
  norm() {
    return 'own prototype';
  },
});
console.log(callNorm(p));

// An own property shadowing the prototype's.
const q = new Point(1, 1);
Point.prototype.norm = function () {
  return 'proto';
};
console.log(callNorm(q));
q.norm = () => 'own';
console.log(callNorm(q));
delete q.norm;
console.log(callNorm(q));

// The same read site over many shapes (polymorphic, then megamorphic).
function getA(o) {
  return o.a;
}
const shapes = [];
for (let i = 0; i < 8; i++) {
  const o = {};
  o['k' + i] = i;
  o.a = i * 10;
  shapes.push(o);
}
for (let round = 0; round < 2; round++) console.log(shapes.map(getA).join(','));
console.log(getA({ a: 'last' }), getA(Object.create({ a: 'inherited' })), getA({}));
