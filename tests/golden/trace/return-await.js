// `return await p` adopts p's value at the await; `return p` resolves with p.
const p = Promise.resolve('x');
async function withAwait() {
  return await p;
}
async function withoutAwait() {
  return p;
}
withoutAwait().then(() => console.log('return p'));
withAwait().then(() => console.log('return await p'));
