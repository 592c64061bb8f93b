// String building: 1 million appends with +=, then 1 million pieces joined.
let s = "";
for (let i = 0; i < 1000000; i++) {
  s += String.fromCharCode(97 + (i % 26));
}
const parts = [];
for (let i = 0; i < 1000000; i++) {
  parts.push(i % 10);
}
const joined = parts.join("");
let hash = 0;
for (let i = 0; i < s.length; i += 997) {
  hash = (hash * 31 + s.charCodeAt(i) + joined.charCodeAt(i)) % 1000000007;
}
console.log(s.length, joined.length, hash);
