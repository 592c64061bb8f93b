// Timers due at the same time run in creation order.
for (const name of ['a', 'b', 'c']) {
  setTimeout(() => console.log(name), 5);
}
setTimeout(() => console.log('shorter'), 2);
