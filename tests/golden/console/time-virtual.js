// jsloop-only: elapsed times come from the clock; under virtual time they are exact.
console.time();
console.time('t');
setTimeout(() => {
  console.timeLog('t', 'halfway', { n: 1 });
  setTimeout(() => {
    console.timeEnd('t');
    console.timeEnd();
  }, 61500);
}, 1500);
