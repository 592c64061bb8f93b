// A require cycle (Node's documentation example): b sees a's exports as they are when
// a required b, and a finishes afterwards.
console.log('main starting');
const a = require('./a.js');
const b = require('./b.js');
console.log('in main, a.done = %j, b.done = %j', a.done, b.done);
console.log(require.cache[require.resolve('./a.js')].loaded);
