setTimeout(() => console.log('unref timer should not fire'), 50).unref();
setTimeout(() => console.log('ref timer fires'), 1);
