// Promise.any fulfills with the first fulfillment, or rejects with an AggregateError.
Promise.any([Promise.reject(new Error('a')), Promise.resolve('b')]).then((v) =>
  console.log('any:', v),
);
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch((e) =>
  console.log(e.constructor.name, e.errors.map((err) => err.message)),
);
