const e = new Error('shown with its stack');
e.stack = 'Error: shown with its stack\n    at first (file.js:1:1)\n    at second (file.js:2:2)';
const p = Promise.reject(e);
p.catch(() => {});
console.log(p);
console.log([p]);
