// Typed arrays: construction forms, element conversion, integer-indexed keys.
console.log(new Int8Array([127, 128, -129, 1.9, NaN]));
console.log(new Uint8Array([256, -1, 3.7]), new Uint8ClampedArray([300, -5, 1.5, 2.5, 0.5]));
console.log(new Int16Array([40000]), new Uint16Array([-1]), new Int32Array([2 ** 31]), new Uint32Array([-1]));
console.log(new Float32Array([0.1, 1e40]), new Float64Array([0.1]), new Float16Array([1.1, 65520, 1e-8]));

const src = new Float64Array([1.5, 2.5, -3]);
console.log(new Int8Array(src), new Uint8Array({ length: 2, 0: 7, 1: '8' }), new Uint8Array(new Set([4, 5])));
const buf = new ArrayBuffer(8);
console.log(new Uint16Array(buf, 2, 2).length, new Uint16Array(buf, 4).length, new Uint32Array(buf).byteLength);
console.log(Uint8Array.BYTES_PER_ELEMENT, Float64Array.prototype.BYTES_PER_ELEMENT, Uint8Array.name, Uint8Array.length);

// Numeric keys are elements: never on the prototype chain, never added.
const u = new Uint8Array(3);
u[1] = 7;
u[5] = 1;
u[-0] = 9;
u['-0'] = 4;
u['1.5'] = 4;
u.foo = 'bar';
console.log(u, u[5], u['-0'], u['1.5'], u.foo);
console.log(1 in u, 3 in u, '-0' in u, '1.5' in u, 'foo' in u, Object.keys(u), JSON.stringify(u));
console.log(delete u[0], delete u[9], Object.getOwnPropertyDescriptor(u, 1), Object.getOwnPropertyDescriptor(u, 3));
console.log(Reflect.defineProperty(u, 0, { value: 5 }), Reflect.defineProperty(u, 0, { value: 5, writable: false }), Reflect.defineProperty(u, 7, { value: 1 }), u[0]);
Uint8Array.prototype[10] = 'inherited';
console.log(u[10], Reflect.ownKeys(u));
delete Uint8Array.prototype[10];

// Through a prototype, an invalid index is ignored, a valid one lands on the receiver.
const child = Object.create(u);
child[0] = 77;
child[20] = 1;
console.log(u[0], Object.keys(child), child[20]);

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
t('negative length', () => new Uint8Array(-1));
t('unaligned offset', () => new Uint16Array(new ArrayBuffer(4), 1));
t('unaligned length', () => new Uint16Array(new ArrayBuffer(3)));
t('too long', () => new Uint16Array(new ArrayBuffer(4), 0, 5));
t('offset past end', () => new Uint16Array(new ArrayBuffer(4), 6));
t('call', () => Uint8Array(2));
t('abstract', () => new (Object.getPrototypeOf(Uint8Array))());
t('freeze', () => Object.freeze(new Uint8Array(2)));
t('freeze empty', () => Object.freeze(new Uint8Array(0)));
t('strict define', () => { 'use strict'; Object.defineProperty(new Uint8Array(2), 5, { value: 1 }); });
t('strict delete', () => { 'use strict'; delete new Uint8Array(2)[0]; });
