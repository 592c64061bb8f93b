const name = "world";
const n = 3;
console.log(`hello ${name}`);
console.log(`sum: ${n + 4}, nested: ${`inner ${n * 2}`}`);
console.log(`multi
line`);
console.log(`objects: ${{}} arrays: ${[1, 2]} null: ${null} undefined: ${undefined}`);
console.log(`escapes: \` \${not} \u0041 \x42 \n-newline`);
const obj = { toString() { return "custom toString"; } };
console.log(`${obj}`);
console.log(`ternary: ${n > 2 ? "big" : "small"}`);
console.log(`call: ${[1, 2, 3].map((x) => x * 2).join("|")}`);
console.log(`${1}${2}${3}` === "123");
