console.log("quote escapes:", 'it\'s', "say \"hi\"", `back\`tick`);
console.log("tab:[\t] backslash:[\\]");
console.log("unicode escapes:", "\u0041\u00e9\u4e2d", "\u{1F600}", "\x41\x7e");
console.log("null char length:", "\0".length);
console.log("line continuation:", "ab\
cd");
console.log("lengths:", "abc".length, "é".length, "中文".length, "😀".length, "👍🏽".length);
const s = "a😀";
console.log("code units:", s.charCodeAt(1).toString(16), s.charCodeAt(2).toString(16));
console.log("code point:", s.codePointAt(1).toString(16), s.codePointAt(2).toString(16));
console.log("index into surrogate pair:", JSON.stringify(s[1]), s[1] === "\ud83d");
console.log("Array.from length:", Array.from("👍🏽").length);
console.log("combining:", "e\u0301", "e\u0301".length, "e\u0301".normalize().length);
console.log("escaped in JSON:", JSON.stringify("tab\tnl\nquote\"\u0001"));
console.log("identity:", "\u{41}" === "A", "\x41" === "A");
