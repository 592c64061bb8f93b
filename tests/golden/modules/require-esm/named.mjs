export const x = 1;
export function hello(name) { return `hello ${name}`; }
console.log('named.mjs runs once');
