// An unref'd timer does not keep the process alive.
const t = setTimeout(() => console.log('never'), 100);
t.unref();
setTimeout(() => console.log('ref timer'), 1);
