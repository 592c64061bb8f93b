// Promise.all fulfills once every element did, in input order.
const slow = new Promise((resolve) => setTimeout(() => resolve('slow'), 10));
Promise.all([1, Promise.resolve(2), slow]).then((values) => console.log(values));
