console.log('slow starts');
setImmediate(() => console.log('immediate while slow waits'));
export const value = await new Promise((resolve) => setTimeout(() => resolve('slow value'), 10));
console.log('slow done');
