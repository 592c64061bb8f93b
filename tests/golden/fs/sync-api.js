// The *Sync forms: files, directories, descriptors, encodings.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-fs-'));
const p = (name) => path.join(dir, name);

fs.writeFileSync(p('a.txt'), 'héllo\n');
fs.appendFileSync(p('a.txt'), 'world\n');
console.log(JSON.stringify(fs.readFileSync(p('a.txt'), 'utf8')));
console.log(fs.readFileSync(p('a.txt'), { encoding: 'hex' }));
console.log(fs.readFileSync(p('a.txt'), 'base64'));
console.log(fs.readFileSync(p('a.txt'), 'latin1').length);
const bytes = fs.readFileSync(p('a.txt'));
console.log(bytes.length, bytes[0], bytes[1], bytes[2]);

fs.writeFileSync(p('bin'), new Uint8Array([0, 1, 2, 255]));
console.log(fs.readFileSync(p('bin'), 'hex'));
fs.writeFileSync(p('hex'), 'cafe', 'hex');
console.log(fs.readFileSync(p('hex'), 'hex'));

const st = fs.statSync(p('a.txt'));
console.log(st.constructor.name, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size);
console.log(st.mtime instanceof Date, typeof st.mtimeMs, st.mtime.getTime() === Math.round(st.mtimeMs) || st.mtime.getTime() === st.mtimeMs);
console.log(fs.statSync(dir).isDirectory(), fs.lstatSync(p('a.txt')).isFile());

console.log(fs.mkdirSync(p('x/y/z'), { recursive: true }) === p('x'));
console.log(fs.mkdirSync(p('x/y/z'), { recursive: true }));
console.log(fs.mkdirSync(p('plain')));
fs.copyFileSync(p('a.txt'), p('x/copy.txt'));
fs.renameSync(p('x/copy.txt'), p('x/y/moved.txt'));
console.log(fs.readdirSync(dir));
console.log(fs.readdirSync(p('x/y')));
for (const d of fs.readdirSync(p('x/y'), { withFileTypes: true })) {
  console.log(d.name, d.isFile(), d.isDirectory(), d.parentPath === p('x/y'));
}
console.log(fs.existsSync(p("x/y/moved.txt")), fs.existsSync(p("nope")));
fs.accessSync(p('a.txt'), fs.constants.R_OK);

const fd = fs.openSync(p('fd.txt'), 'w+');
console.log(typeof fd, fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, new Uint8Array([103, 104])));
const buf = new Uint8Array(4);
console.log(fs.readSync(fd, buf, 0, 4, 1), Array.from(buf));
console.log(fs.readSync(fd, buf, { position: 6 }), Array.from(buf));
console.log(fs.fstatSync(fd).size);
fs.closeSync(fd);

fs.unlinkSync(p('bin'));
fs.rmdirSync(p('plain'));
fs.rmSync(dir, { recursive: true });
console.log(fs.existsSync(dir));
