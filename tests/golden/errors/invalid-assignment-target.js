let a = 1;
let b = 2;
a + b = 3;
console.log(a, b);
