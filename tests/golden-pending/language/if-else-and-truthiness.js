function classify(n) {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}
console.log([-5, 0, 3, 99].map(classify));
const samples = [0, -0, "", "0", " ", null, undefined, NaN, [], {}, "false", 0n, 1n, Infinity];
for (const v of samples) {
  if (v) console.log(JSON.stringify(String(v)), typeof v, "is truthy");
  else console.log(JSON.stringify(String(v)), typeof v, "is falsy");
}
let x = 5;
if (x > 3) console.log("single statement if");
else console.log("never");
const grade = x > 8 ? "A" : x > 4 ? "B" : "C";
console.log("nested ternary:", grade);
