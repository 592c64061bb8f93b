let i = 0;
while (i < 3) {
  console.log("while", i);
  i++;
}
let j = 10;
do {
  console.log("do-while runs once even if false:", j);
} while (j < 5);
let n = 0;
do n++; while (n < 5);
console.log("n:", n);
let k = 0;
while (true) {
  k++;
  if (k % 2 === 0) continue;
  if (k > 7) break;
  console.log("odd k", k);
}
let collatz = 27, steps = 0;
while (collatz !== 1) {
  collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2;
  steps++;
}
console.log("collatz(27) steps:", steps);
