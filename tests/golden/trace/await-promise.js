// Awaiting a pending promise waits for it; awaiting a fulfilled one resumes a job later.
let resolveLater;
const pending = new Promise((resolve) => {
  resolveLater = resolve;
});
async function waitsForPending() {
  const v = await pending;
  console.log('pending gave', v);
}
async function awaitsFulfilled() {
  const v = await Promise.resolve('ready');
  console.log('fulfilled gave', v);
}
waitsForPending();
awaitsFulfilled();
setTimeout(() => resolveLater('late'), 5);
