// Invalid UTF-8 decodes with U+FFFD for each maximal bad sequence, as Node's decoder.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-fs-'));
const f = path.join(dir, 'bad.txt');
fs.writeFileSync(f, new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82, 0x63, 0xf0, 0x9f, 0x98, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80]));
const text = fs.readFileSync(f, 'utf8');
console.log(text.length, [...text].map((c) => c.codePointAt(0).toString(16)).join(' '));
fs.readFile(f, 'utf8', (err, s) => {
  console.log(err, s === text);
  fs.writeFileSync(f, 'a\ud800b');
  console.log(fs.readFileSync(f, 'hex'));
  fs.rmSync(dir, { recursive: true });
});
