console.log('start');
Promise.resolve().then(() => {
  throw new Error('x');
});
setTimeout(() => console.log('never: the process ended'), 0);
Promise.resolve().then(() => console.log('microtasks still drain first'));
