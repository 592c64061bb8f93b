// Top-level await: a module waits for the modules it imports to finish their awaits;
// a module body runs inside a microtask checkpoint (promise jobs before nextTick).
process.nextTick(() => console.log('main: nextTick'));
Promise.resolve().then(() => console.log('main: promise'));
import { value } from './slow.mjs';
console.log('main runs with', value);
await new Promise((resolve) => setTimeout(resolve, 5));
console.log('main after its own await');
