// Found by scripts/difffuzz. String.prototype.normalize returns its input unchanged: no
// canonical or compatibility (de)composition.
// jsloop printed (exit code 0):
//   2
//   2
//   [ 'e9' ]
//   ﬀ ①
console.log("\u00c5\u03a9".normalize("NFD").length);
console.log("e\u0301".normalize("NFC").length);
console.log("\u00e9".normalize("NFD").split("").map((c) => c.charCodeAt(0).toString(16)));
console.log("\ufb00".normalize("NFKC"), "\u2460".normalize("NFKD"));
