process.on('uncaughtException', (e, origin) => console.log('caught:', e.message, origin));
setTimeout(() => console.log('the loop still runs'), 5);
console.log('before');
throw new Error('from the main script');
