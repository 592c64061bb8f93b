// structuredClone: shared references and cycles, the cloneable kinds, errors, transfer.
const o = { a: 1 };
o.self = o;
const cc = structuredClone({ x: o, y: o, d: new Date(0), r: /a/gi, m: new Map([[o, 1]]), s: new Set([o]), n: new Number(3), str: new String('s'), b: new Boolean(false), u8: new Uint8Array([1, 2]), arr: [1, , 3], buf: Buffer.from('hi') });
console.log(cc, cc.x === cc.y, cc.x.self === cc.x, cc.m.keys().next().value === cc.x);
for (const v of [() => {}, Symbol('x'), Promise.resolve(), new WeakMap(), function f(a) { return a; }, new Proxy({}, {})]) {
  try {
    structuredClone(v);
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e instanceof DOMException);
  }
}
const e = new RangeError('bad', { cause: 1 });
e.extra = 2;
const c = structuredClone(e);
console.log(c.message, c.cause, c.stack === e.stack, Object.getOwnPropertyNames(c), c.constructor.name, c.extra);
const ab = new ArrayBuffer(4);
const t = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, t.byteLength, ab.detached);
class Point { constructor() { this.x = 1; } }
console.log(structuredClone(new Point()), structuredClone([1, 'a', null, undefined, true]), structuredClone(5), structuredClone('s'));
