import { b } from './b.mjs';
console.log('e after', b);
await null;
throw new Error(`e failed after ${b}`);
