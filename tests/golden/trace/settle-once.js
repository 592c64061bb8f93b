// A promise settles once: later calls of its resolving functions do nothing.
const p = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('too late'));
});
p.then((v) => console.log('settled with', v));
