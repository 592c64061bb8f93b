console.log("x".repeat(200));
console.log(["y".repeat(100)]);
console.log({ key: "z".repeat(100) });
console.log({ multi: "first line\nsecond line\nthird line" });
console.log(["line one\nline two", "short"]);
console.log("a".repeat(40), "b".repeat(40));
