const start = Date.now();
const t0 = performance.now();
console.log(typeof start, Number.isInteger(start), typeof t0);
setTimeout(() => {
  console.log('elapsed at least 50:', Date.now() - start >= 50);
  console.log('performance moved:', performance.now() - t0 >= 50);
}, 50);
