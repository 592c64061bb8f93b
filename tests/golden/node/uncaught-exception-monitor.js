// A monitor hears of the error but does not handle it: the error stays fatal.
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
setTimeout(() => console.log('never'), 10);
throw new Error('fatal');
