// parseInt past 2^53: radices 2, 4, 8, 16 and 32 round exactly (half to even, with
// every later digit as a sticky bit); the others give V8's part-by-part approximation.
let seed = 12345;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}
const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
for (const radix of [2, 3, 4, 7, 8, 10, 16, 32, 36]) {
  const out = [];
  for (let i = 0; i < 12; i++) {
    let s = "";
    const len = 10 + ((next() >> 12) % 40);
    for (let j = 0; j < len; j++) s += alphabet[(next() >> 12) % radix];
    out.push(parseInt(s, radix));
  }
  console.log(radix, out.join(" "));
}
console.log(parseInt("-29000111222", 16), parseInt("20000000000001", 16), parseInt("20000000000003", 16));
console.log(parseInt("fffffffffffffc00", 16), parseInt("fffffffffffffc01", 16), parseInt("1fffffffffffff0000000001", 16));
console.log(Number("0x1fffffffffffff1"), Number("0b" + "1".repeat(60)), Number("0o" + "7".repeat(25)));
console.log(0x20000000000003, 0o1777777777777777777777, 01777777777777777777777, 0x1fffffffffffff0000000001);
console.log(parseInt("9007199254740993", 36), parseInt("zzzzzzzzzzzzzzzzzz", 36), parseInt("1".repeat(300), 16));
