setTimeout(() => {
  console.log('first timer');
  throw new Error('in a timer');
}, 0);
setTimeout(() => console.log('never: second timer'), 0);
