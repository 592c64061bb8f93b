const slow = new Promise((resolve) => setTimeout(resolve, 20, 'slow'));
const fast = new Promise((resolve) => setTimeout(resolve, 10, 'fast'));
Promise.all([slow, fast, 'plain', Promise.resolve('resolved')]).then((values) =>
  console.log('all', values)
);
Promise.all([]).then((v) => console.log('empty all', v));
Promise.all([fast, Promise.reject(new Error('bad'))]).catch((e) => console.log('all rejected:', e.message));
