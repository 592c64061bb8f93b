setTimeout(() => console.log('timeout'), 0);
let n = 0;
function loop() {
  if (n < 5) {
    console.log('microtask', n++);
    queueMicrotask(loop);
  }
}
queueMicrotask(loop);
