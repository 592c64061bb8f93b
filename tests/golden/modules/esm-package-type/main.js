// package.json "type": "module" makes .js files ES modules; .cjs stays CommonJS.
import { twice } from './lib/math.js';
import cjs from './lib/old.cjs';
console.log(twice(21), cjs.kind, typeof require);
