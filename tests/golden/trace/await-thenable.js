// Awaiting a thenable costs a NewPromiseResolveThenableJob before the resume.
const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('from thenable');
  },
};
async function f() {
  console.log('got', await thenable);
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
