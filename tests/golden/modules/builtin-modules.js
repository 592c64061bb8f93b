// module.builtinModules and isBuiltin answer as Node 24 does.
const m = require('module');
console.log(m.builtinModules.length, m.builtinModules.includes('http'), m.builtinModules.slice(-4));
for (const n of ['fs', 'node:fs', 'http', 'node:http', 'test', 'node:test', 'sqlite', 'node:sqlite', 'nope', 'node:nope', 'fs/promises', 'path/posix'])
  console.log(n, m.isBuiltin(n));
console.log(require.resolve('http'), require.resolve('node:fs'));
try { require('node:nope'); } catch (e) { console.log(e.code, e.message); }
try { require('test'); } catch (e) { console.log(e.code); }
