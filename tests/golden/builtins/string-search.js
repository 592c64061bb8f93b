const s = "the cat sat on the mat";
console.log("indexOf:", s.indexOf("at"), s.indexOf("at", 6), s.indexOf("dog"), s.indexOf(""));
console.log("lastIndexOf:", s.lastIndexOf("at"), s.lastIndexOf("the"), s.lastIndexOf("at", 10));
console.log("includes:", s.includes("sat"), s.includes("Sat"), s.includes("cat", 5));
console.log("startsWith:", s.startsWith("the"), s.startsWith("cat", 4), s.startsWith("cat"));
console.log("endsWith:", s.endsWith("mat"), s.endsWith("on", 14), s.endsWith(""));
console.log("search empty in empty:", "".indexOf(""), "".includes(""));
console.log("indexOf coerces:", "a1b".indexOf(1), "nullish".indexOf(null));
