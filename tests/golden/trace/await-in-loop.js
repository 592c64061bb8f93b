// Each await in a loop suspends and resumes the same function.
async function loop() {
  for (let i = 0; i < 3; i++) {
    await i;
    console.log('iteration', i);
  }
}
loop();
Promise.resolve()
  .then(() => console.log('other 1'))
  .then(() => console.log('other 2'));
