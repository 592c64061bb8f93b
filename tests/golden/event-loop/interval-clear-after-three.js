let count = 0;
const id = setInterval(() => {
  count++;
  console.log('tick', count);
  Promise.resolve().then(() => console.log('micro after tick', count));
  if (count === 3) {
    clearInterval(id);
    console.log('cleared');
  }
}, 10);
