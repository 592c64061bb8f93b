console.log("Boolean():", Boolean(0), Boolean("0"), Boolean(""), Boolean(" "), Boolean(null), Boolean({}), Boolean([]), Boolean(NaN), Boolean(-0), Boolean(1n), Boolean(0n));
console.log("double negation:", !!"text", !!0);
const boxedFalse = new Boolean(false);
console.log("boxed false is truthy:", boxedFalse ? "truthy" : "falsy", typeof boxedFalse);
console.log("valueOf:", boxedFalse.valueOf(), boxedFalse == false, boxedFalse === false);
console.log("toString:", true.toString(), String(false), `${true}`);
console.log("filter(Boolean):", [0, 1, "", "a", null, undefined, NaN, [], {}].filter(Boolean));
console.log("arithmetic:", true + true, true * 10, false - 1);
