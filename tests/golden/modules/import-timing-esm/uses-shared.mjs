import { shared } from './shared.mjs';
console.log('uses-shared runs at turn', globalThis.turn, typeof shared);
