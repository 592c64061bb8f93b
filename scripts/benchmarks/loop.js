// A tight arithmetic loop: 10 million iterations of integer math on locals.
let sum = 0;
for (let i = 0; i < 10000000; i++) {
  sum = (sum + i * 7 + (i >> 3)) % 1000003;
}
console.log(sum);
