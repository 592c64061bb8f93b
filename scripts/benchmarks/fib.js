// Recursive calls: fib(32), about 7 million calls.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log(fib(32));
