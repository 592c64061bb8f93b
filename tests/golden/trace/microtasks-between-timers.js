// The microtasks a timer queues run before the next timer, even one already due.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('microtask from timer 1'));
}, 1);
setTimeout(() => console.log('timer 2'), 1);
