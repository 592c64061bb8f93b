// CommonJS as Node runs it: the wrapper's parameters, module-local `var`, the cache,
// index files, JSON, package.json `main` in node_modules.
const path = require('path');
const math = require('./lib/math');
const counter = require('./lib/counter.js');
const config = require('./config');
const greeter = require('greeter');

var notGlobal = 1;
console.log(typeof globalThis.notGlobal, this === module.exports, this === exports);
console.log(path.basename(__filename), path.basename(__dirname));
console.log(module.id, require.main === module, module.loaded);
console.log(math.add(2, 3), math.name);
console.log(counter(), counter(), require('./lib/counter')());
console.log(config);
console.log(greeter('node'));
console.log(Object.keys(require.cache).map((f) => path.relative(__dirname, f)));
console.log(module.children.map((m) => path.relative(__dirname, m.id)));
console.log(require.resolve('./lib/math').endsWith('lib/math.js'), require.resolve('node:path'));
console.log(require('node:path') === path, require('path').sep);
console.log(typeof require, typeof module, typeof exports, arguments.length);
