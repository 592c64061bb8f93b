import { a } from './a.mjs';
console.log('d after', a);
export const d = 'd';
