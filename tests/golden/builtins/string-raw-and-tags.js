console.log(String.raw`a\nb\t${1 + 1}\\`);
console.log(String.raw`C:\Users\${"me"}`.length);
console.log(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3));
function tag(strings, ...values) {
  console.log("strings:", strings);
  console.log("raw:", strings.raw);
  console.log("values:", values);
  return "tagged!";
}
console.log(tag`hello ${"world"} and ${42}!`);
console.log(tag``);
const cooked = (s) => [s[0], s.raw[0]];
console.log("invalid escape:", cooked`\unicode and \xZZ`);
const id = (s) => s;
console.log("frozen:", Object.isFrozen(id`x`), Object.isFrozen(id`x`.raw), Array.isArray(id`x`));
const upper = (s, ...v) => s.reduce((acc, str, i) => acc + str + (i < v.length ? String(v[i]).toUpperCase() : ""), "");
console.log(upper`name: ${"ada"}, lang: ${"js"}`);
console.log("member tag:", ({ t: (s) => s[0] }).t`xyz`);
