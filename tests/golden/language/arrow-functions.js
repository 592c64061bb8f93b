const square = (x) => x * x;
const add = (a, b) => a + b;
const noArgs = () => "none";
const makeObj = (v) => ({ v });
const block = (x) => {
  const y = x + 1;
  return y * 2;
};
console.log(square(4), add(1, 2), noArgs(), makeObj(3), block(1));
console.log("no prototype:", square.prototype);
console.log("curried:", ((a) => (b) => (c) => a + b + c)(1)(2)(3));
const numbers = [1, 2, 3, 4, 5];
console.log("chain:", numbers.filter((n) => n % 2).map((n) => n * 10).reduce((a, b) => a + b));
const bodyWithoutReturn = (x) => { x * 2; };
console.log("braces without return:", bodyWithoutReturn(2));
const iife = ((x) => x * 3)(5);
console.log("iife:", iife);
