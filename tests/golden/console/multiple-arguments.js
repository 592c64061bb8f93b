console.log("a", 1, true, null, undefined, [1], { b: 2 });
console.log([1, 2], [3, 4]);
console.log({ a: 1 }, "middle", { b: 2 });
console.log("", "");
console.log(" ", 1);
console.log("line\nbreak", "next");
console.log({ long: "x".repeat(60) }, { other: "y".repeat(10) });
