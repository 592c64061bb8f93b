Promise.any([Promise.reject(new Error('a')), Promise.resolve('b'), Promise.resolve('c')]).then((v) =>
  console.log('any', v)
);
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch((e) => {
  console.log(e instanceof AggregateError, e.name, e.message);
  console.log(e.errors.map((err) => err.message));
});
Promise.any([]).catch((e) => console.log('empty any:', e.constructor.name, e.errors.length));
