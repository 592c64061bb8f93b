// An executor that throws rejects its promise (unless it already resolved it).
new Promise(() => {
  throw new Error('executor failed');
}).catch((e) => console.log('caught', e.message));
new Promise((resolve) => {
  resolve('resolved first');
  throw new Error('ignored');
}).then((v) => console.log(v));
