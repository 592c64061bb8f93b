const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('from thenable');
  },
};
Promise.resolve(thenable).then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
console.log('sync');
