console.log('1');
setTimeout(() => console.log('2'), 0);
Promise.resolve().then(() => console.log('3'));
new Promise((resolve) => {
  console.log('4');
  resolve();
}).then(() => {
  console.log('5');
  setTimeout(() => console.log('6'), 0);
});
queueMicrotask(() => console.log('7'));
setTimeout(() => {
  console.log('8');
  Promise.resolve().then(() => console.log('9'));
}, 0);
console.log('10');
