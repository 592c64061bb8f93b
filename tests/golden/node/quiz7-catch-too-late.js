// A handler attached in a timer is too late: the rejection was reported after the
// main script's drain, and that ends the process.
const p = Promise.reject(new Error('late'));
setTimeout(() => p.catch(() => console.log('never')), 0);
