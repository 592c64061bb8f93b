// 1,000,000 distinct property keys, each on a fresh object dropped at once: the keys'
// interned strings are garbage with their objects, and memory should stay flat.
let sum = 0;
for (let i = 0; i < 1000000; i++) {
  const o = {};
  o["k" + i] = i;
  sum += o["k" + i];
}
console.log(sum);
