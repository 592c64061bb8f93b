const a = new Promise((resolve) => setTimeout(resolve, 20, 'a'));
const b = new Promise((resolve) => setTimeout(resolve, 10, 'b'));
Promise.race([a, b]).then((v) => console.log('race winner', v));
Promise.race([Promise.reject(new Error('first')), Promise.resolve('second')]).catch((e) =>
  console.log('race rejected', e.message)
);
Promise.race([]);
console.log('race of nothing stays pending');
