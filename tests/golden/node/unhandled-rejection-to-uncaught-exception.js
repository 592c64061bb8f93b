// Without an 'unhandledRejection' listener the rejection becomes an uncaught exception
// (a reason that is not an error is wrapped in one of Node's).
process.on('uncaughtException', (e, origin) => console.log(origin, e.name, e.message, e.code));
Promise.reject(new Error('an error'));
Promise.reject(42);
