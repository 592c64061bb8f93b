const thenable = {
  then(resolve) {
    console.log('thenable.then called');
    resolve('from thenable');
  },
};
async function f() {
  const v = await thenable;
  console.log('after await', v);
}
f();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
console.log('sync');
