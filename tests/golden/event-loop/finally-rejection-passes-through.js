Promise.reject(new Error('nope'))
  .finally(() => console.log('cleanup'))
  .catch((e) => console.log('caught', e.message));
Promise.resolve('kept')
  .finally(() => 'ignored')
  .then((v) => console.log('value', v));
Promise.resolve('lost')
  .finally(() => {
    throw new Error('from finally');
  })
  .catch((e) => console.log('replaced by', e.message));
