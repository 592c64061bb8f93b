const thenable = { then(resolve) { resolve('thenable value'); } };
Promise.all([thenable, Promise.resolve('promise value'), 'plain value']).then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
