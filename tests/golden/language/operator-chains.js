// Chains of left-associative operators: operands evaluate left to right, each
// operator applies to the running result, and assignments inside later operands do
// not change values already read.
const log = [];
const v = (name, value) => ({
  valueOf() {
    log.push(name);
    return value;
  },
});

console.log(v('a', 1) + v('b', 2) - v('c', 3) * v('d', 4) + v('e', 5), log.join(''));
log.length = 0;
console.log(v('a', 20) - v('b', 3) - v('c', 2) - v('d', 1), log.join(''));

let x = 1;
console.log(x + x + x + (x = 10) + x + x, x);
let y = 2;
y = y * 3 + y * 4 - (y = 100) + y;
console.log(y);

console.log('a' + 1 + 2 + 'b' + 3 * 4 + 5, 1 + 2 + 'c' + 1 + 2);
console.log(100 / 10 / 5 % 3, 2 ** 3 ** 2, 1 << 2 << 3 >> 1 >>> 0);
console.log(5 & 7 & 13 | 2 | 16 ^ 1 ^ 3, 1 < 2 < 3, 3 > 2 > 1, 1 == 1 == 1 === true);

let calls = '';
const t = (s, r) => {
  calls += s;
  return r;
};
console.log(t('a', 0) || t('b', '') || t('c', null) || t('d', 'x') || t('e', 1), calls);
calls = '';
console.log(t('a', 1) && t('b', 2) && t('c', 0) && t('d', 3), calls);
calls = '';
console.log(t('a', null) ?? t('b', undefined) ?? t('c', 0) ?? t('d', 1), calls);
calls = '';
console.log(t('a', 0) || t('b', 2) && t('c', 3) || t('d', 4), calls);
calls = '';
console.log(t('a', 1) + t('b', 2) || t('c', 3) + t('d', 4), calls);

const o = { k: 1 };
console.log('k' in o === true, o instanceof Object !== false, typeof o + typeof 1 + typeof '');
let z = 0;
const seq = (z++, z++, z++, z);
console.log(seq, z);

function sum(n) {
  let s = n;
  s = s + n + n + n + n + n + n + n + n + n;
  return s - n - n - n - n;
}
console.log(sum(3), sum(0.5));
