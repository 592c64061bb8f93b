function tag(strings, ...values) {
  console.log("strings:", strings);
  console.log("values:", values);
  console.log("raw:", strings.raw);
  return "tag result";
}
console.log(tag`a${1}b${"two"}c`);
console.log(tag`${"only"}`);
console.log(tag`no subs \n here`);

function upper(strings, ...values) {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]).toUpperCase() : ""), "");
}
const who = "node";
console.log(upper`hi ${who}, bye ${"now"}!`);
console.log(String.raw`C:\new\table ${1 + 1}`);
function same(s) { return s; }
const first = () => same`x`;
console.log("same strings object per site:", first() === first(), Object.isFrozen(first()));
