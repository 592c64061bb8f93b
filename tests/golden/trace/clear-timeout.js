// A cleared timer never runs; clearing twice is harmless.
const t = setTimeout(() => console.log('never'), 5);
setTimeout(() => console.log('runs'), 1);
clearTimeout(t);
clearTimeout(t);
