// Promise.all over 100,000 values, one in three a resolved promise.
const values = [];
for (let i = 0; i < 100000; i++) values.push(i % 3 === 0 ? Promise.resolve(i) : i);
Promise.all(values).then((all) => {
  const sum = all.reduce((a, b) => (a + b) % 1000003, 0);
  console.log(all.length, sum);
});
