console.log("stdout line 1");
console.error("error goes to stderr");
console.log("stdout line 2");
console.warn("warn goes to stderr");
console.error("error formats: %s=%d", "count", 3, { extra: [1, 2] });
console.warn({ warning: true, list: ["a", "b"] });
console.error();
console.log("stdout line 3");
