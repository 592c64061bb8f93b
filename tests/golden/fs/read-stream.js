// fs.createReadStream: 'open', 'data' chunks of highWaterMark bytes (strings once an
// encoding is set), 'end', 'close'; start/end select a range; a missing file is an
// 'error' event.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-rs-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');

const s = fs.createReadStream(file, { highWaterMark: 10 });
s.on('open', (fd) => console.log('open', typeof fd));
s.on('data', (chunk) => console.log('data', chunk.length, chunk instanceof Uint8Array));
s.on('end', () => console.log('end'));
s.on('close', () => {
  console.log('close');
  const range = fs.createReadStream(file, { start: 3, end: 7, encoding: 'utf8' });
  range.on('data', (chunk) => console.log('range', chunk));
  range.on('close', () => {
    const missing = fs.createReadStream(path.join(dir, 'missing.txt'));
    missing.on('error', (e) => {
      console.log('error', e.code, e.syscall);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
