const s = "  \t padded \n ";
console.log(JSON.stringify(s.trim()), JSON.stringify(s.trimStart()), JSON.stringify(s.trimEnd()));
console.log("nbsp and bom trimmed:", JSON.stringify("\u00a0\ufeffx\u2003".trim()));
console.log("upper/lower:", "MiXeD ÄÖü".toUpperCase(), "MiXeD ÄÖü".toLowerCase());
console.log("sharp s:", "straße".toUpperCase(), "İ".toLowerCase().length);
console.log("repeat:", "ab".repeat(3), JSON.stringify("x".repeat(0)));
try {
  "x".repeat(-1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("padStart:", "5".padStart(3, "0"), "abc".padStart(6), "abc".padStart(2));
console.log("padEnd:", "5".padEnd(3, "0"), JSON.stringify("abc".padEnd(6)), "ab".padEnd(7, "xyz"));
console.log("pad with empty string:", "ab".padStart(5, ""));
console.log("table:", ["id", "name"].map((h) => h.padEnd(6, ".")).join("|"));
