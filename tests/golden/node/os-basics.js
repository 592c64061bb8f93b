// node:os: the values scripts use, checked by shape (the machine's own values differ).
const os = require('node:os');
console.log(JSON.stringify(os.EOL), os.devNull, os.platform() === process.platform, os.arch() === process.arch);
console.log(os.endianness(), typeof os.tmpdir(), os.tmpdir().endsWith('/'), os.homedir().startsWith('/'));
console.log(os.type(), typeof os.release(), typeof os.hostname(), os.hostname().length > 0);
console.log(os.availableParallelism() >= 1, os.totalmem() >= os.freemem(), os.freemem() > 0, os.uptime() > 0);
const saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/where/';
console.log(os.tmpdir());
process.env.TMPDIR = saved ?? '';
console.log(require('os') === os, typeof os.machine());
