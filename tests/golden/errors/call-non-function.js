const x = 42;
console.log("about to call x");
x();
console.log("not reached");
