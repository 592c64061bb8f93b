// setTimeout(f, 0) waits 1 ms, like setTimeout(f, 1): both share the 1 ms list and
// run in the order they were set.
setTimeout(() => console.log('one'), 1);
setTimeout(() => console.log('zero'), 0);
setTimeout(() => console.log('half'), 0.5);
setTimeout(() => console.log('none'));
