// String.prototype.normalize composes and decomposes with Unicode's tables in all
// four forms; lone surrogates pass through.
const show = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(" ");
const samples = ["\u00e9", "e\u0301", "\ufb01", "\u1e9b\u0323", "\uac00", "\u1100\u1161", "Å", "\u2126", "x\ud800y", "plain"];
for (const s of samples) {
  console.log(["NFC", "NFD", "NFKC", "NFKD"].map((f) => show(s.normalize(f))).join(" | "));
}
console.log("\u00e9".normalize("NFD").length, "e\u0301".normalize().length);
try {
  "a".normalize("nfc");
} catch (e) {
  console.log(e.constructor.name, e.message);
}
