// Start-up cost: the smallest program.
console.log("hello world");
