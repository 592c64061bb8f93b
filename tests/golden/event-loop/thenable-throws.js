const bad = {
  then() {
    throw new Error('then threw');
  },
};
Promise.resolve(bad).catch((e) => console.log('caught', e.message));
const getter = {
  get then() {
    throw new Error('getter threw');
  },
};
Promise.resolve(getter).catch((e) => console.log('caught', e.message));
const late = {
  then(resolve) {
    resolve('first wins');
    throw new Error('ignored');
  },
};
Promise.resolve(late).then((v) => console.log(v));
