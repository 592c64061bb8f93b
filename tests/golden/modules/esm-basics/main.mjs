// ES modules: named, default and namespace imports, live bindings, re-exports,
// built-in and CommonJS modules, import.meta, dynamic import().
import { count, inc, default as label } from './counter.mjs';
import * as ns from './counter.mjs';
import * as all from './reexport.mjs';
import path, { basename } from 'node:path';
import legacy, { added } from './legacy.cjs';

console.log(count, label);
inc();
inc();
console.log(count, ns.count, ns.default);
console.log(ns);
console.log(Object.keys(all), all.renamed === inc, all.sub.count);
console.log(Object.getOwnPropertyDescriptor(ns, 'count'));
console.log(Object.isExtensible(ns), Object.getPrototypeOf(ns), delete ns.missing);
try {
  ns.count = 5;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  count = 5;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(basename(import.meta.filename), path.basename(import.meta.dirname), import.meta.url.startsWith('file:///'));
console.log(legacy, added, typeof this);
const again = await import('./counter.mjs');
console.log(again === ns, (await import('node:path')).default === path);
import('./missing.mjs').catch((e) => console.log(e.code));
