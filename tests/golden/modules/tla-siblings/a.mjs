console.log('a start');
await new Promise((r) => setTimeout(r, 20));
console.log('a end');
export const a = 'a';
