Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('two')),
  new Promise((resolve) => setTimeout(resolve, 5, 3)),
  4,
]).then((results) => {
  for (const r of results) {
    console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
  }
});
