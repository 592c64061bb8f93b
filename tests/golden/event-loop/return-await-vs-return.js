async function plain() {
  return Promise.resolve('plain');
}
async function withAwait() {
  return await Promise.resolve('with await');
}
async function value() {
  return 'value';
}
plain().then((v) => console.log(v));
withAwait().then((v) => console.log(v));
value().then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
