// An unref'd timer does not keep the process alive, but fires if something else does.
const lonely = setTimeout(() => console.log('never'), 50);
lonely.unref();
console.log(lonely.hasRef());
const early = setTimeout(() => console.log('unref but fired'), 5);
early.unref();
setTimeout(() => console.log('keeps the loop alive'), 10);
const i = setImmediate(() => console.log('never: unref immediate'));
i.unref();
console.log(i.hasRef());
