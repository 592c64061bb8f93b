// An exception thrown by a timer callback ends the process.
setTimeout(function fail() {
  console.log('about to throw');
  throw new Error('timer failed');
}, 1);
setTimeout(() => console.log('never printed'), 2);
