// console.count numbers the calls per label; countReset starts a label over.
console.count();
console.count();
console.count('x');
console.count('x');
console.countReset();
console.count();
console.count(undefined);
console.count(1);
console.countReset('x');
console.count('x');
for (let i = 0; i < 3; i++) console.count(`loop`);
