console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 10 }, (_, i) => i));
console.log(Array.from({ length: 26 }, (_, i) => i * i));
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log([1.5, -2, 300, 4, 50000, 6, 7.25, 8]);
console.log(Array.from({ length: 12 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 4 + 1)));
console.log([-1, -22, -333, -4444, -55555, -666666, -7777777]);
