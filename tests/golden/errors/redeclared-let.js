console.log("never printed: early errors stop the whole script");
let count = 1;
let count = 2;
console.log(count);
