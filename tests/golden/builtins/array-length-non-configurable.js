// Shrinking an array's length deletes its elements from the highest down, and a
// non-configurable element stops the deletion: the length ends just past it.
const arr = [0, 1, 2, 3];
Object.defineProperty(arr, 1, { value: 1, configurable: false });
arr.length = 0;
console.log(arr.length, arr);
try {
  (() => {
    'use strict';
    arr.length = 0;
  })();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// A length made read-only in the same definition ends read-only even when stopped.
const b = [0, 1, 2];
Object.defineProperty(b, 1, { configurable: false });
try {
  Object.defineProperty(b, 'length', { value: 0, writable: false });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.getOwnPropertyDescriptor(b, 'length'));
b.length = 5;
console.log(b.length);

// Reflect reports the refusal without throwing; an accessor element stops it too.
console.log(Reflect.defineProperty(b, 'length', { value: 1 }));
const c = [1, 2, 3];
Object.defineProperty(c, 0, { get: () => 'g', configurable: false });
console.log(Reflect.set(c, 'length', 0), c.length, c);

// A frozen array's length is read-only, which is the error then.
const frozen = Object.freeze([1, 2]);
try {
  (() => {
    'use strict';
    frozen.length = 0;
  })();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// A callback that shrinks the array mid-iteration.
const d = [0, 1, 2];
Object.defineProperty(d, 2, { get: () => 'kept', configurable: false });
Object.defineProperty(d, 1, {
  get() {
    d.length = 1;
    return 1;
  },
  configurable: true,
});
console.log(d.map((v) => v), d.length);

// Array.prototype.pop cannot delete a non-configurable last element.
const e = [1, 2];
Object.defineProperty(e, 1, { value: 2, configurable: false });
try {
  e.pop();
} catch (err) {
  console.log(err.constructor.name, err.message);
}
console.log(e.length);
