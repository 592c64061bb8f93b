import './leaf.mjs';
console.log('mid runs at turn', globalThis.turn);
