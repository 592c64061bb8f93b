// require() of ES modules (Node 24): the graph loads and evaluates at once; the
// result is the namespace (with __esModule when there is a default export), or the
// value exported as "module.exports"; top-level await and cycles are errors.
const show = (e) => `${e.code}: ${e.message.replaceAll(__dirname, '.')}`;

const named = require('./named.mjs');
console.log(named, named.hello('esm'), Object.keys(named));
console.log(require('./named.mjs') === named, Object.isFrozen(named));

const withDefault = require('./with-default.mjs');
console.log(withDefault, withDefault.__esModule, withDefault.default());
console.log(require('./flagged.mjs'));
const Counter = require('./custom.mjs');
console.log(typeof Counter, new Counter());
console.log(require('./uses-cjs.mjs').fromCjs);
console.log(require('./detected.js'));

try {
  require('./tla.mjs');
} catch (e) {
  console.log(show(e));
}
for (let i = 0; i < 2; i++) {
  try {
    require('./throws.mjs');
  } catch (e) {
    console.log(e.message);
  }
}
console.log(require('./cycle.mjs').seen);
