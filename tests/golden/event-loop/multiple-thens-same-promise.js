const p = new Promise((resolve) => setTimeout(resolve, 5, 'done'));
p.then((v) => console.log('first', v));
p.then((v) => console.log('second', v));
p.then((v) => {
  console.log('third', v);
  return 'chained';
}).then((v) => console.log('fourth', v));
