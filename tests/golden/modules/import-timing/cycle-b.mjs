import * as cycleA from './cycle-a.mjs';
console.log('cycle-b runs at turn', globalThis.turn);
export const b = 'b';
export function aName() {
  return cycleA.a;
}
