// node:module and the require function: createRequire, isBuiltin, builtinModules,
// require.main, module.paths, and deleting from require.cache to run a module again.
const path = require('path');
const Module = require('module');
const { createRequire, isBuiltin } = require('node:module');

console.log(typeof Module, Module.createRequire === createRequire, Module._cache === require.cache);
console.log(isBuiltin('fs'), isBuiltin('node:path'), isBuiltin('no-such'), isBuiltin(42));
console.log(Module.builtinModules.includes('fs'), Module.builtinModules.includes('node:fs'));
console.log(require.main === module, module.id, module.filename === __filename);
console.log(module.paths[0] === path.join(__dirname, 'node_modules'), module.paths.at(-1));

const fromLib = createRequire(path.join(__dirname, 'lib', 'anything.js'));
console.log(fromLib('./counter.js').runs, fromLib('dep'));
console.log(fromLib.resolve('./counter.js') === require.resolve('./lib/counter.js'));
const fromUrl = createRequire(`file://${__dirname}/`);
console.log(fromUrl('./lib/counter.js').runs);
try {
  createRequire('relative/path.js');
} catch (e) {
  console.log(e.code, e.message);
}

const key = require.resolve('./lib/counter.js');
console.log(require('./lib/counter.js').runs, key in require.cache);
delete require.cache[key];
console.log(require('./lib/counter.js').runs, require('./lib/counter.js').runs);
