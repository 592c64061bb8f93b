// Invalid patterns and flags are SyntaxErrors with V8's messages; in a literal the
// error is an early one, so code with a bad literal never runs.
const cases = [
  ["(", ""], ["a)", ""], ["[a", ""], ["*", ""], ["a{2,1}", ""], ["\\", ""],
  ["(?<a>x)(?<a>y)", ""], ["\\k<b>(?<a>x)", ""], ["\\p{Foo}", "u"], ["[z-a]", ""],
  ["}", "u"], ["(?i-i:a)", ""], ["(?x:a)", ""], ["(?-:a)", ""], ["(?i--:a)", ""],
  ["a", "gg"], ["a", "uv"], ["a", "x"], ["[a--]", "v"], ["[a!!b]", "v"], ["[a", "v"],
  ["\\P{RGI_Emoji}", "v"], ["\\p{RGI_Emoji}", "u"], ["\\c1", "u"], ["\\00", "u"],
  ["\\k<a", "u"], ["\\k", "u"], ["^*", ""], ["(?<=a)*", ""], ["\\b+", ""], ["\\B{2}", "u"],
  ["(", "gi"], ["(?<a>.)[\\k<a>]", ""], ["[a-\\k](?<a>.)", ""], ["[\\k]", ""], ["(?<a>.)[\\\\k]", ""],
];
for (const [p, f] of cases) {
  try {
    console.log("ok", String(new RegExp(p, f)));
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
// These are valid: a brace that is no quantifier, `\b` in a class, a modifier group.
console.log(/\b{a/.test("{a"), /[\b]/.test("\b"), /(?i:a)b/.test("Ab"), /(?i:a)b/.test("AB"));
for (const src of ["/(/", "/a/gg", "/(?ii:a)/", "/[^\\p{L}--\\p{Lu}]/v"]) {
  try {
    eval("throw 'ran'; " + src);
    console.log("parsed", src);
  } catch (e) {
    console.log(src, "->", e === "ran" ? "valid, ran" : e.name + ": " + e.message);
  }
}
