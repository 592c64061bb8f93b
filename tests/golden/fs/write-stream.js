// fs.createWriteStream: writes in order, each write's callback, end() with its
// callback, then 'finish' and 'close'; bytesWritten; flags 'a' appends; writing after
// end() is an error; a file that cannot be opened emits 'error'.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-ws-'));
const file = path.join(dir, 'out.txt');

const ws = fs.createWriteStream(file);
console.log('pending', ws.pending, ws.bytesWritten, ws.writable);
ws.on('open', (fd) => console.log('open', typeof fd));
ws.on('ready', () => console.log('ready'));
console.log('write returns', ws.write('hello ', () => console.log('first write done')));
ws.write(Buffer.from('wide '), 'utf8', () => console.log('second write done'));
ws.write('w\u00f6rld', 'latin1');
ws.end('!\n', () => console.log('end callback', ws.bytesWritten));
ws.on('finish', () => console.log('finish', ws.writableFinished));
ws.on('close', () => {
  console.log('close', JSON.stringify(fs.readFileSync(file, 'latin1')));
  append();
});
console.log('ended', ws.writableEnded, ws.writable);

function append() {
  const more = fs.createWriteStream(file, { flags: 'a' });
  more.write('appended line\n');
  more.end();
  more.on('close', () => {
    console.log(fs.readFileSync(file, 'utf8').split('\n'));
    console.log('bytesWritten', more.bytesWritten, more.path === file);
    afterEnd();
  });
}

function afterEnd() {
  const late = fs.createWriteStream(path.join(dir, 'late.txt'));
  late.end('done');
  late.write('too late', (err) => console.log('write callback', err.code, err.message));
  late.on('error', (err) => console.log('error event', err.code));
  late.on('close', () => failing());
}

function failing() {
  const bad = fs.createWriteStream(path.join(dir, 'no', 'such', 'dir.txt'));
  bad.on('error', (err) => {
    console.log('open failed', err.code, err.syscall, path.relative(dir, err.path));
  });
  bad.on('close', () => {
    console.log('closed after error', bad.destroyed);
    fs.rmSync(dir, { recursive: true });
  });
}
