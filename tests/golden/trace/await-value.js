// Awaiting a plain value wraps it in a fulfilled promise: one job to resume.
async function f() {
  const v = await 42;
  console.log('f got', v);
}
f();
Promise.resolve().then(() => console.log('then runs first'));
console.log('sync');
