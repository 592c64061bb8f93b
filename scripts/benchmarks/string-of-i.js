// String(i) for 1,000,000 numbers, every result dropped at once: the strings are garbage
// and memory should stay flat.
let last = "";
for (let i = 0; i < 1000000; i++) {
  String(i);
  if (i % 100000 === 0) last = String(i);
}
console.log(last);
