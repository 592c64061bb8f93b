// Named groups: duplicates in different alternatives, names with surrogate pairs (also
// without u), escapes in names, indices with d.
console.log(/(?<x>a)|(?<x>b)/.exec("b"));
console.log(/(?<x>a)|(?<x>b)/d.exec("zb").indices);
console.log(/(?<𝑓𝑜𝑥>fox).*(?<𝓓𝓸𝓰>dog)/.exec("fox and dog").groups);
console.log(/(?<\u{1d453}>a)\k<\u{1d453}>/.exec("aa").groups, /(?<a\uD835\uDC53>x)/.exec("x").groups);
console.log("2024-05".replace(/(?<y>\d+)-(?<m>\d+)/, "$<m>/$<y>"), /\k<a>/.test("k<a>"));
// Without u, \uD835\uDC53 is two code units; with u, one code point.
console.log(/[\uD835\uDC53]/.test("\uD835"), /^[\uD835\uDC53]$/u.test("\uD835\uDC53"));
console.log(/(?<=\$)\d+(?<!0)/.exec("cost: $120"), /(?i:A)b/.test("ab"), /(?-i:a)B/i.test("aB"));
console.log(/\p{Script=Greek}+/u.exec("abc αβγ")[0], /[\p{L}--[a-z]]+/v.exec("abcDEF")[0], /[\q{abc|d}]/v.exec("xabc")[0]);
