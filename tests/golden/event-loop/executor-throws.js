const p = new Promise(() => {
  throw new Error('thrown in executor');
});
p.catch((e) => console.log('caught:', e.message));
const q = new Promise((resolve) => {
  resolve('ok');
  throw new Error('ignored after resolve');
});
q.then((v) => console.log('q', v));
