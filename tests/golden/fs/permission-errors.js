// Permission errors as Node reports them, made in ways that fail for root too: X_OK
// on a file without execute bits, writing to a read-only /proc file.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-perm-'));
const file = path.join(dir, 'plain.txt');
fs.writeFileSync(file, 'data');
fs.chmodSync(file, 0o644);

function show(e) {
  console.log(e.name, e.code, e.errno, e.syscall, e.message.replace(dir, '<dir>'),
    e.path === undefined ? 'no path' : e.path.replace(dir, '<dir>'));
}

try {
  fs.accessSync(file, fs.constants.X_OK);
} catch (e) {
  show(e);
}
fs.access(file, fs.constants.X_OK, (e) => {
  show(e);
  fs.promises.access(file, fs.constants.X_OK).catch((e) => {
    show(e);
    try {
      fs.writeFileSync('/proc/self/status', 'x');
    } catch (e) {
      show(e);
    }
    fs.rmSync(dir, { recursive: true });
  });
});
