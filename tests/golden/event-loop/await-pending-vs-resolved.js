let resolveLater;
const pending = new Promise((r) => { resolveLater = r; });
const resolved = Promise.resolve('resolved');
async function a() {
  console.log('a waits on pending');
  const v = await pending;
  console.log('a got', v);
}
async function b() {
  console.log('b waits on resolved');
  const v = await resolved;
  console.log('b got', v);
}
a();
b();
Promise.resolve().then(() => {
  console.log('resolving pending');
  resolveLater('late');
}).then(() => console.log('after resolve 1'))
  .then(() => console.log('after resolve 2'));
console.log('sync');
