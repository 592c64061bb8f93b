setTimeout(() => console.log('timer from script'), 0);
Promise.resolve().then(() => {
  setTimeout(() => console.log('timer from microtask'), 0);
});
setTimeout(() => console.log('second timer from script'), 0);
