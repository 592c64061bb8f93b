// Found by scripts/difffuzz. The Annex B globals escape and unescape are missing.
// jsloop printed (exit code 1):
//   undefined undefined
//   Uncaught ReferenceError: escape is not defined
//       at Object.<anonymous> (escape-unescape.js:3:13)
console.log(typeof escape, typeof unescape);
console.log(escape("a b+c/\u00e4\u20ac"), unescape("%u20AC%41%zz"));
