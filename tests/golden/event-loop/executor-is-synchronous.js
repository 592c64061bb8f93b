console.log('before');
const p = new Promise((resolve, reject) => {
  console.log('in executor');
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
  console.log('still running');
});
console.log('after');
p.then((v) => console.log('value', v));
