// Several thens on one pending promise wait together and run in order.
let resolve;
const p = new Promise((r) => {
  resolve = r;
});
p.then((v) => console.log('first', v));
p.then((v) => console.log('second', v));
p.catch(() => console.log('not called'));
resolve('value');
