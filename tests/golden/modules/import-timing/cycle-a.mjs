import { b, aName } from './cycle-b.mjs';
export const a = 'a';
console.log('cycle-a runs at turn', globalThis.turn, b, aName());
export { b };
