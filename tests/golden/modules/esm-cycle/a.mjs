import { fromB, peek } from './b.mjs';
console.log('a runs, b gave', fromB);
export let fromA = 'A';
console.log('b now sees', peek());
export function hoisted() {
  return 'hoisted from a';
}
