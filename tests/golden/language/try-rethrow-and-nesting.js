function parse(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    if (e instanceof SyntaxError) {
      throw new Error("bad input: " + text, { cause: e });
    }
    throw e;
  }
}
try {
  parse("{oops");
} catch (e) {
  console.log(e.message, "| cause is SyntaxError:", e.cause instanceof SyntaxError);
}
const order = [];
try {
  try {
    order.push("inner try");
    throw "inner";
  } finally {
    order.push("inner finally");
  }
} catch (v) {
  order.push("outer catch " + v);
} finally {
  order.push("outer finally");
}
console.log(order.join(", "));
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    console.log("body", i);
  } finally {
    console.log("finally", i);
  }
}
let e = "outer e";
try { throw "caught value"; } catch (e) { console.log("catch param shadows:", e); }
console.log("after:", e);
