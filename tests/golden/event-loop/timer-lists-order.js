// Node keeps one list per duration and runs a due list to its end before the next
// list: B and D (5 ms) both run before A (10 ms), though D came due after A.
function busy(ms) {
  const start = Date.now();
  while (Date.now() - start < ms);
}
setTimeout(() => console.log('B 5ms'), 5);
setTimeout(() => console.log('A 10ms'), 10);
busy(10);
setTimeout(() => console.log('D 5ms, armed 10ms later'), 5);
busy(20);
