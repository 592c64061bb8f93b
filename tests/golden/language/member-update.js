// `++o.x`, `o.x--` and friends on properties: the value the expression gives, the
// value written back, and what happens when the read or the write fails.
const o = { n: 1, s: "41", b: 10n, u: undefined };
console.log(++o.n, o.n, o.n++, o.n, --o.n, o.n--, o.n);
console.log(++o.s, typeof o.s, o.s--, o.s);
console.log(++o.b, o.b--, o.b);
console.log(++o.u, o.u);
o.n++;
++o.n;
o["n"]--;
console.log("statements:", o.n);

const seen = [];
const acc = {
  get v() { seen.push("get"); return 5; },
  set v(x) { seen.push("set " + x); },
};
console.log(++acc.v, acc.v++, seen.join(", "));

const frozen = Object.freeze({ k: 1 });
console.log(++frozen.k, frozen.k);
(function () {
  "use strict";
  try {
    ++frozen.k;
  } catch (e) {
    console.log(e.constructor.name + ":", e.message);
  }
})();

const throwing = { get t() { return 1; }, set t(v) { throw new Error("no write of " + v); } };
let r = "unchanged";
try {
  r = ++throwing.t;
} catch (e) {
  console.log(e.message, r);
}
const arr = [1, 2];
let i = 0;
console.log(++arr[i++], arr, i);
console.log([++o.n, ++o.n, o.n++].join(" "));
