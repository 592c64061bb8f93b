import { fromA, hoisted } from './a.mjs';
console.log('b runs first:', hoisted());
try {
  console.log(fromA);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
export const fromB = 'B';
export const peek = () => fromA;
