// require's errors as Node words them; a module that throws is run again when
// required again; `return` at the top level ends a module.
const path = require('path');
const short = (text) => text.split(__dirname + '/').join('');

for (const id of ['./missing', 'no-such-package', 'node:no-such-builtin', '', 42]) {
  try {
    require(id);
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(short(e.message)));
    if (e.requireStack) console.log(e.requireStack.map((f) => path.basename(f)));
  }
}
for (let i = 0; i < 2; i++) {
  try {
    require('./throws');
  } catch (e) {
    console.log('caught', e.message);
  }
}
try {
  require('./bad.json');
} catch (e) {
  console.log(e.name, short(e.message));
}
try {
  require('./nested');
} catch (e) {
  console.log(e.code, e.requireStack.map((f) => path.basename(f)));
}
console.log(require('./early-return'));
