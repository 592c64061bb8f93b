console.log('b start');
await null;
console.log('b end');
export const b = 'b';
