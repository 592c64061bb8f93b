setTimeout((a, b, c) => console.log('args', a, b, c), 0, 'x', 42, [1, 2]);
setTimeout(console.log, 1, 'console.log as the callback', { k: 1 });
const id = setInterval(
  (label) => {
    console.log('interval', label);
    clearInterval(id);
  },
  5,
  'tick'
);
