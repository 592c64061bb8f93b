function start() {
  return new Promise((resolve) => {
    resolve(undefined.value);
  });
}
start();
