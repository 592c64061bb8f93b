// jsloop-only: a built-in module of Node's that jsloop lacks fails to load with a clear error
try {
  require('http');
} catch (e) {
  console.log(e.code, e.message);
}
import('node:vm').catch((e) => console.log(e.code, e.message));
console.log(require('module').isBuiltin('http'));
