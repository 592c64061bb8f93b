// Arrows and methods made from one template share their length/name table until one
// of them changes it: each change stays with its own function.
const a = (x, y) => x;
const b = (x, y) => y;
const arr = [1,2,3].map(() => (p, q, r) => 0);
Object.defineProperty(arr[0], 'name', { value: 'renamed' });
delete arr[1].length;
arr[2].extra = 5;
console.log(arr.map(f => [f.name, f.length, Object.getOwnPropertyNames(f)]));
console.log(a.name, a.length, b.name, Object.getOwnPropertyDescriptor(a, 'name'));
const o = { m() {}, async n(a) {} };
o.m.x = 1; console.log(o.m.name, o.m.length, Object.keys(o.m), o.n.name, o.n.length);
class C { static s(a,b,c) {} get g() { return 1 } }
console.log(C.s.name, C.s.length, Object.getOwnPropertyDescriptor(C.prototype, 'g').get.name);
for (let i = 0; i < 3; i++) { const f = () => i; f.name2 = i; console.log(f.name, Object.getOwnPropertyNames(f)); }
