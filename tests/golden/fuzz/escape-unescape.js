// Found by scripts/difffuzz. The Annex B globals escape and unescape are missing.
console.log(typeof escape, typeof unescape);
console.log(escape("a b+c/\u00e4\u20ac"), unescape("%u20AC%41%zz"));
console.log(escape(""), escape("\ud83d\ude00~'!()"), escape(12.5), escape());
console.log(unescape("%"), unescape("%u12"), unescape("%U0041%41%4"), unescape("%uD83D%uDE00"), unescape(escape("\u0000\u00ff\u0100")) === "\u0000\u00ff\u0100");
console.log(escape.length, unescape.length, escape.name);
