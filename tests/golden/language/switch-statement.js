function describe(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push("one");
    case 2:
      out.push("two (or fell through)");
      break;
    default:
      out.push("default");
    case 3:
      out.push("three");
      break;
    case "1":
      out.push("string one");
  }
  return out.join(", ");
}
for (const v of [1, 2, 3, 4, "1"]) console.log(JSON.stringify(v), "->", describe(v));

function strictMatch(v) {
  switch (v) {
    case 0: return "number zero";
    case false: return "boolean false";
    case null: return "null";
    default: return "no match for " + String(v);
  }
}
console.log(strictMatch(0), "|", strictMatch(false), "|", strictMatch(""), "|", strictMatch(null));

function exprCases(n) {
  switch (true) {
    case n < 0: return "neg";
    case n > 0: return "pos";
  }
  return "zero";
}
console.log(exprCases(-1), exprCases(1), exprCases(0));
switch (1) {
  case 1: {
    let scoped = "block in case";
    console.log(scoped);
  }
}
