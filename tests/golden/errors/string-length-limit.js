// Strings stop at V8's maximum length (2**29 - 24 code units) with a RangeError,
// whichever operation builds them.
let s = "0123456789abcdef";
try {
  for (let i = 0; i < 40; i++) s = s + s;
} catch (e) {
  console.log(`${e.name}: ${e.message}`, s.length);
}
const attempts = {
  "template literal": () => `${s}${s}`,
  "+=": () => { let t = s; t += s; return t; },
  "String.prototype.concat": () => "".concat(s, s),
  repeat: () => "ab".repeat(2 ** 28),
  padStart: () => "x".padStart(2 ** 29),
  padEnd: () => "x".padEnd(2 ** 30, "ab"),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    f();
    console.log(name, "built it");
  } catch (e) {
    console.log(name, e instanceof RangeError, e.message);
  }
}
// The longest string, built from powers of two (2**29 - 24 = 0b11...101000).
const powers = ["x"];
for (let i = 1; i < 29; i++) powers.push(powers[i - 1] + powers[i - 1]);
let longest = "";
for (let i = 0; i < 29; i++) if ((2 ** 29 - 24) & (2 ** i)) longest += powers[i];
console.log(longest.length, "is the longest string");
try { longest + "!"; } catch (e) { console.log(e.message); }
