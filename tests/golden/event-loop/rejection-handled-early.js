const p = Promise.reject(new Error('handled in the same tick'));
Promise.resolve().then(() => {
  p.catch((e) => console.log('caught', e.message));
});
setTimeout(() => console.log('timer still runs'), 0);
