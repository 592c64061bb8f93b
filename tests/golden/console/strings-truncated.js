// Strings inside containers show at most 10,000 UTF-16 code units, then
// `... N more characters`; the top-level string of console.log is never cut.
console.log(["x".repeat(10_003)]);
console.log({ one: "y".repeat(10_001) });
console.log(["head\n" + "w".repeat(10_010)]);
console.log("z".repeat(10_005).length);
// The cut may fall inside a surrogate pair: the lone half shows escaped.
console.log(["q".repeat(9_999) + "\u{1F600}\u{1F600}"]);
