// Promise.all and Promise.allSettled over 100,000 promises each.
const values = [];
for (let i = 0; i < 100000; i++) values.push(i % 3 === 0 ? Promise.resolve(i) : i);
const settled = [];
for (let i = 0; i < 100000; i++) settled.push(i % 5 === 0 ? Promise.reject(i) : Promise.resolve(i));
Promise.all(values)
  .then((all) => Promise.allSettled(settled).then((s) => [all, s]))
  .then(([all, s]) => {
    const sum = all.reduce((a, b) => (a + b) % 1000003, 0);
    const rejected = s.filter((r) => r.status === "rejected").length;
    console.log(all.length, sum, s.length, rejected);
  });
