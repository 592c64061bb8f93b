// An interval runs until it is cleared from its own callback.
let n = 0;
const id = setInterval(() => {
  n += 1;
  console.log('tick', n);
  if (n === 3) clearInterval(id);
}, 10);
