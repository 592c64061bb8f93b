Promise.resolve(1)
  .then((v) => {
    throw new TypeError('bad value ' + v);
  })
  .then(() => console.log('skipped'))
  .catch((e) => console.log(e.name, e.message));
Promise.resolve()
  .then(() => console.log('other chain 1'))
  .then(() => console.log('other chain 2'))
  .then(() => console.log('other chain 3'));
