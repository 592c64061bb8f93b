Promise.reject('plain reason');
console.log('sync');
