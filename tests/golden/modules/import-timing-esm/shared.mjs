console.log('shared runs at turn', globalThis.turn);
export const shared = {};
// A `var` keeps its value when a later import() reaches the module again.
export var hits = 0;
hits++;
