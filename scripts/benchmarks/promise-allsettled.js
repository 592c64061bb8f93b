// Promise.allSettled over 100,000 promises, one in five rejected.
const settled = [];
for (let i = 0; i < 100000; i++) settled.push(i % 5 === 0 ? Promise.reject(i) : Promise.resolve(i));
Promise.allSettled(settled).then((results) => {
  let sum = 0;
  let rejected = 0;
  for (const r of results) {
    if (r.status === "rejected") {
      rejected++;
      sum = (sum + r.reason) % 1000003;
    } else {
      sum = (sum + r.value) % 1000003;
    }
  }
  console.log(results.length, rejected, sum);
});
