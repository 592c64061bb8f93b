// An uncaught throw ends the script with exit code 1, after what was printed before it.
console.log("before");
throw "boom";
console.log("after");
