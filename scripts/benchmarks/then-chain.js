// A 1,000,000-step then-chain: one promise reaction job per step.
let p = Promise.resolve(0);
for (let i = 0; i < 1000000; i++) {
  p = p.then((v) => (v + i) % 1000003);
}
p.then((v) => console.log(v));
