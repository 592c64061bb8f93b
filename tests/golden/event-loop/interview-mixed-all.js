console.log(1);
setTimeout(async () => {
  console.log(2);
  await null;
  console.log(3);
  setTimeout(() => console.log(4), 0);
}, 0);
(async () => {
  console.log(5);
  await new Promise((r) => setTimeout(r, 0));
  console.log(6);
  queueMicrotask(() => console.log(7));
  await null;
  console.log(8);
})();
Promise.resolve().then(async () => {
  console.log(9);
  await Promise.resolve();
  console.log(10);
});
queueMicrotask(() => console.log(11));
console.log(12);
