// An error thrown while a required module runs ends the process (exit code 1).
console.log('main');
require('./lib.js');
console.log('never');
