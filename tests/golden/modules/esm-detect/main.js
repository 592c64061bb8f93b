// A .js file with no package.json type and module syntax runs as an ES module
// (Node 24's detection): strict, `this` undefined, top-level await.
import { helper } from './helper.js';
console.log(typeof require, typeof module, this, helper());
await null;
console.log('after top-level await');
