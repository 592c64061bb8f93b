Promise.reject(new Error('e1'))
  .then(() => console.log('skipped'))
  .catch((e) => {
    console.log('caught', e.message);
    return 'recovered';
  })
  .then((v) => console.log('then', v))
  .then(() => {
    throw new Error('e2');
  })
  .catch((e) => console.log('caught', e.message));
