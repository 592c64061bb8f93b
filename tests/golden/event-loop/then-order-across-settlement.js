let resolveA;
const a = new Promise((r) => (resolveA = r));
const b = Promise.resolve('b');
a.then((v) => console.log('a then', v));
b.then((v) => console.log('b then', v));
resolveA('a');
Promise.resolve().then(() => console.log('after both'));
