console.log("");
console.log(" ");
console.log("\t");
console.log([""]);
console.log({ "": "" });
console.log([[], {}, [[]], [{}]]);
console.log({ a: {}, b: [], c: "" });
console.log(Object.create(null), []);
