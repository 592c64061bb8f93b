// Promise.allSettled reports every outcome.
Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('no')), 3]).then(
  (results) => {
    for (const r of results) console.log(r.status, r.value ?? r.reason.message);
  },
);
