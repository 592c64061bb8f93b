async function f() {
  console.log('f body');
  throw new Error('sync throw');
}
console.log('before call');
const p = f();
console.log('after call, got a promise:', p instanceof Promise);
p.catch((e) => console.log('caught:', e.message));
Promise.resolve().then(() => console.log('other microtask'));
console.log('sync end');
