// `x + 1`, `x - 1` and `x < 2` with a small integer literal take it as an operand: the
// same results as the general operators for every kind of left side.
var s = "a"; console.log(s + 1, s - 1, "5" - 2, null + 1, undefined - 1, true + 1, [] + 1, ({valueOf() { return 7; }}) - 3);
var x = 5; console.log(x + 32767, x - 32767, x + 40000, x - (-0), 1/(-0 - 0));
for (var i = 0; i < 3; i++) console.log(i);
var o = {valueOf() { console.log("v"); return 1; }}; if (o < 2) console.log("lt");
if ("10" < 9) console.log("no"); else console.log("string compare ok");
try { Symbol() + 1; } catch (e) { console.log(e.message); }
try { Symbol() - 1; } catch (e) { console.log(e.message); }
