setTimeout(() => console.log('timeout 1'), 0);
Promise.resolve()
  .then(() => {
    console.log('promise 1');
    setTimeout(() => console.log('timeout 2'), 0);
    return new Promise((resolve) => {
      console.log('promise 2 executor');
      resolve();
    });
  })
  .then(() => console.log('promise 3'));
Promise.resolve().then(() => console.log('promise 4'));
console.log('sync');
