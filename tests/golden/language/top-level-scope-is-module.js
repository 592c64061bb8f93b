// Scripts run like CommonJS modules: top-level declarations are not globals.
var topVar = "var";
function topFunction() {}
let topLet = "let";
console.log("globalThis.topVar:", globalThis.topVar);
console.log("'topFunction' in globalThis:", "topFunction" in globalThis);
console.log("globalThis.topLet:", globalThis.topLet);
console.log("typeof this at top level:", typeof this);
console.log("this is globalThis:", this === globalThis);

implicitGlobal = "assigned without declaration";
console.log("implicit assignment creates global:", globalThis.implicitGlobal);
globalThis.explicit = 1;
console.log("global property readable as identifier:", explicit);

function sloppy() { return this === globalThis; }
console.log("sloppy function this is globalThis:", sloppy());
