// Top-level await in dependencies: siblings start in order, a module waits only
// for its own dependencies, and the importer runs once all of them have finished.
import { d } from './d.mjs';
import { b } from './b.mjs';
import { c } from './c.mjs';
console.log('main', d, b, c);
const failed = await import('./e.mjs').catch((e) => e.message);
console.log('import of e:', failed);
console.log('again:', await import('./e.mjs').catch((e) => e.message));
console.log((await import('./d.mjs')).d);
