// 200,000 zero-delay timers, each queueing a microtask.
let fired = 0;
let micro = 0;
for (let i = 0; i < 200000; i++) {
  setTimeout(() => {
    fired++;
    queueMicrotask(() => {
      micro++;
      if (micro === 200000) console.log(fired, micro);
    });
  }, 0);
}
