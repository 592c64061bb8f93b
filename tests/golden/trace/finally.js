// finally runs its callback and passes the value (or reason) on.
Promise.resolve('kept')
  .finally(() => console.log('finally 1'))
  .then((v) => console.log('then after finally:', v));
Promise.reject(new Error('boom'))
  .finally(() => console.log('finally 2'))
  .catch((e) => console.log('caught after finally:', e.message));
