async function withoutAwait() {
  try {
    return Promise.reject(new Error('boom 1'));
  } catch (e) {
    return 'caught ' + e.message;
  }
}
async function withAwait() {
  try {
    return await Promise.reject(new Error('boom 2'));
  } catch (e) {
    return 'caught ' + e.message;
  }
}
withoutAwait().then(
  (v) => console.log('withoutAwait resolved:', v),
  (e) => console.log('withoutAwait rejected:', e.message)
);
withAwait().then(
  (v) => console.log('withAwait resolved:', v),
  (e) => console.log('withAwait rejected:', e.message)
);
