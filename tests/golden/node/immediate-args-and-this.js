const i = setImmediate(function (a, b) {
  console.log(this === i, a, b, arguments.length);
}, 'one', 2);
setImmediate(() => console.log('cleared in a tick: never'));
const j = setImmediate(() => console.log('never'));
process.nextTick(() => clearImmediate(j));
clearImmediate(undefined);
clearImmediate({});
try {
  setImmediate('nope');
} catch (e) {
  console.log(e.name, e.message);
}
