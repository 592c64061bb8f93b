import './mid.mjs';
console.log('deep runs at turn', globalThis.turn);
