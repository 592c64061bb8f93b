const bad = { then(_, reject) { reject(new Error('thenable rejected')); } };
const throwing = { then() { throw new Error('then threw'); } };
async function f(t, name) {
  try {
    await t;
    console.log(name, 'not reached');
  } catch (e) {
    console.log(name, 'caught', e.message);
  }
}
f(bad, 'bad');
f(throwing, 'throwing');
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
