function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log("fact(10):", fact(10));
console.log("fact(20):", fact(20));

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log("fib(0..10):", Array.from({ length: 11 }, (_, i) => fib(i)).join(" "));

function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log("mutual:", isEven(10), isOdd(7), isEven(3));

const countdown = function inner(n) {
  return n === 0 ? "liftoff" : inner(n - 1);
};
console.log("named function expression:", countdown(5));

function flatten(arr) {
  return arr.reduce((acc, x) => acc.concat(Array.isArray(x) ? flatten(x) : x), []);
}
console.log("flatten:", flatten([1, [2, [3, [4]], 5]]));

function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  return hanoi(n - 1, via, to, from, moves);
}
console.log("hanoi 3:", hanoi(3, "A", "C", "B", []).join(","));
