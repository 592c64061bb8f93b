// Node warns about url.parse() once, and only for calls outside node_modules.
const legacy = require('legacy');
const url = require('url');

process.on('warning', (w) => console.log('warning:', w.code));
console.log(legacy('http://from.package/'));
setTimeout(() => {
  console.log(url.resolve('http://a/b', 'c'));
  console.log(url.parse('http://from.script/').hostname);
}, 1);
