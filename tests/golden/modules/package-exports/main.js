// package.json "exports" and "imports" under require(): conditions (require, node,
// module-sync, default, nested), subpath patterns, null targets, arrays of
// alternatives, self-reference by the package's own name, and Node's errors.
const requests = require('./requests.js');
for (const request of requests) {
  try {
    const value = require(request);
    console.log(request, '->', typeof value === 'string' ? value : typeof value);
  } catch (e) {
    console.log(request, '!', requests.show(e));
  }
}
console.log(require.resolve('pkg/feat/a').replace(__dirname, '.'));
