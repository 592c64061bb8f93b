const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buf-'));
const file = path.join(dir, 'data.bin');
fs.writeFileSync(file, Buffer.from([104, 105, 0, 255]));
const b = fs.readFileSync(file);
console.log(b, Buffer.isBuffer(b), b instanceof Uint8Array, b.toString('hex'));
fs.readFile(file, (err, data) => {
  console.log(err, data, data.toString('base64'));
  fs.promises.readFile(file).then((d) => {
    console.log(d.equals(b), d.length);
    fs.rmSync(dir, { recursive: true });
  });
});
