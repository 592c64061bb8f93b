// A string too long for its line is split after each line break into quoted
// pieces joined by ` +`; one that fits (or has no line break) stays whole.
console.log({ s: "line one is here\nline two is here too\nline three is longer than the rest of it\nfour" });
console.log({ short: "line one\nline two\nthree" });
console.log(["no line breaks at all but long enough to pass the eighty column limit of a line"]);
console.log([["ab\n".repeat(12)]]);
console.log(new Map([["key\n".repeat(20), "value\n".repeat(15)]]));
console.log({ quotes: "it's on\nthe first line, and \"both\" kinds on the second one, which is long enough to split\n" });
console.log({ a: { b: { c: "deeply nested text that has\na line break and is long enough to be split" } } });
console.log([new String("boxed string with\nline breaks that is long enough to be split across two lines, or more")]);
console.log("%o", "top-level text with a line break\nthat %o inspects, long enough to be split over two lines");
