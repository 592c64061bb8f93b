// Loop tests against integer literals of any size, `i++` as a statement on every kind
// of binding, and `%` on integers, fractions and the edges of exact integers.
let n = 0;
for (let i = 0; i < 100000; i++) n++;
console.log(n);
for (let i = 2147483640; i < 2147483647; i++) n++;
console.log(n);
for (let i = -2147483650; i < -2147483645; i++) n++;
console.log(n);
for (let i = "99998"; i < 100000; i++) n += typeof i === "number" ? 1 : 100;
console.log(n);
let s = "";
for (let i = 0.5; i < 40000.5; i += 10000) s += i + " ";
console.log(s);
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()));
let captured = 0;
const bump = () => captured;
captured++;
captured--;
captured++;
console.log(bump());
var v = "7";
v++;
console.log(v, typeof v);
let o = { valueOf() { return 41; } };
o++;
console.log(o);
const c = 1;
try { c++; } catch (e) { console.log(e.message); }
console.log(7 % 3, -7 % 3, 7 % -3, -6 % 3, Object.is(-6 % 3, -0), 0 % 5, Object.is(-0 % 5, -0));
console.log(2 ** 53 % 7, (2 ** 53 + 2) % 10, 9007199254740991 % 1000, -(2 ** 60) % 3, 5.5 % 2, -5.5 % 2);
console.log(5 % 0, 5 % Infinity, Infinity % 5, NaN % 1, 1e300 % 7, -(2 ** 63) % -1);
