// A rejection nobody handles ends the process after the checkpoint.
console.log('before');
Promise.reject(new Error('nobody catches this'));
setTimeout(() => console.log('never printed'), 1);
