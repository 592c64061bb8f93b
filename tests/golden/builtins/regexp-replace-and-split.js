console.log("swap:", "John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"));
console.log("global:", "a-b-c".replace(/-/g, "+"));
console.log("first only:", "a-b-c".replace(/-/, "+"));
console.log("whole match $&:", "cat".replace(/a/, "[$&]"));
console.log("before/after:", "abc".replace(/b/, "($`|$')"));
console.log("dollar:", "x".replace(/x/, "$$"));
console.log("named:", "2024-03".replace(/(?<y>\d+)-(?<m>\d+)/, "$<m>/$<y>"));
console.log("fn:", "a1b2".replace(/\d/g, (d) => d * 10));
console.log("fn args:", "xAy".replace(/([A-Z])/, (match, p1, offset, str) => `<${match},${p1},${offset},${str}>`));
console.log("replaceAll:", "aaa".replaceAll(/a/g, "b"));
try {
  "aaa".replaceAll(/a/, "b");
} catch (e) {
  console.log("replaceAll non-global:", e.name);
}
console.log("camel:", "foo-bar-baz".replace(/-(\w)/g, (_, c) => c.toUpperCase()));
console.log("split:", "a, b,c ,d".split(/\s*,\s*/));
console.log("split captures:", "a1b2c".split(/(\d)/));
console.log("split limit:", "a b c d".split(/ /, 2));
console.log("split empty:", "abc".split(/(?:)/));
