const values = [0, -0, "", "0", "1", 1, null, undefined, NaN, false, true, [], [0], "a"];
const names = ["0", "-0", '""', '"0"', '"1"', "1", "null", "undef", "NaN", "false", "true", "[]", "[0]", '"a"'];
console.log("== table (1 = equal)");
for (let i = 0; i < values.length; i++) {
  let row = "";
  for (let j = 0; j < values.length; j++) row += values[i] == values[j] ? "1" : ".";
  console.log(names[i].padEnd(6), row);
}
console.log("=== table");
for (let i = 0; i < values.length; i++) {
  let row = "";
  for (let j = 0; j < values.length; j++) row += values[i] === values[j] ? "1" : ".";
  console.log(names[i].padEnd(6), row);
}
const o = {};
console.log("same object:", o == o, o === o, "different:", {} == {});
console.log("null == 0:", null == 0, "null >= 0:", null >= 0);
console.log("Object.is(NaN, NaN):", Object.is(NaN, NaN), "Object.is(0, -0):", Object.is(0, -0));
