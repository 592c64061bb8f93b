// The same requests under import(): the `import` condition, the importing file in
// the messages, and ERR_MODULE_NOT_FOUND where require() says MODULE_NOT_FOUND.
import { createRequire } from 'node:module';
import * as cond from '#cond';
import { basename } from '#path';

const require = createRequire(import.meta.url);
const requests = require('./requests.js');
for (const request of requests) {
  try {
    const ns = await import(request);
    const value = ns.default;
    console.log(request, '->', typeof value === 'string' ? value : typeof value);
  } catch (e) {
    console.log(request, '!', requests.show(e));
  }
}
console.log(cond.default, basename('/a/b.txt'));
console.log(import.meta.resolve('pkg/feat/a').replace(import.meta.dirname, '.'));
