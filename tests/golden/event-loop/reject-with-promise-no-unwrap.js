const inner = Promise.resolve('inner');
Promise.reject(inner).catch((reason) => {
  console.log('reason is the promise itself:', reason === inner);
});
new Promise((_, reject) => reject(inner)).catch((r) => console.log(r));
