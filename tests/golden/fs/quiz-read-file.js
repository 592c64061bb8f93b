// Inside an I/O callback the check phase comes before the next timers phase, so the
// immediate always runs before the timeout (Node's event-loop quiz, row 2); a
// promise from fs.promises resolves in the poll phase the same way.
const fs = require('fs');

fs.readFile(__filename, () => {
  setTimeout(() => {
    console.log('timeout');
    fs.promises.readFile(__filename).then(() => {
      setTimeout(() => console.log('promise: timeout'), 0);
      setImmediate(() => console.log('promise: immediate'));
      process.nextTick(() => console.log('promise: nextTick'));
      console.log('promise: cont');
    });
  }, 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  console.log('readFile callback');
});
console.log('main done');
