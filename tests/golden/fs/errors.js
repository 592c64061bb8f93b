// Node's errors for failed file operations: errno, code, syscall, path (and dest),
// catchable in every API form; an error from the pool prints without frames.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-fs-'));
process.chdir(dir);
fs.writeFileSync('file.txt', 'x');
fs.mkdirSync('full');
fs.writeFileSync('full/inner', '');

const show = (e) => console.log(e.message, '|', e.errno, e.code, e.syscall, e.path, e.dest);
const sync = (f) => { try { f(); console.log('no error'); } catch (e) { show(e); } };

sync(() => fs.readFileSync('nope.txt'));
sync(() => fs.readFileSync('full'));
sync(() => fs.mkdirSync('full'));
sync(() => fs.mkdirSync('file.txt/sub', { recursive: true }));
sync(() => fs.rmdirSync('full'));
sync(() => fs.readdirSync('file.txt'));
sync(() => fs.unlinkSync('full'));
sync(() => fs.renameSync('nope', 'other'));
sync(() => fs.copyFileSync('file.txt', 'full/inner', fs.constants.COPYFILE_EXCL));
sync(() => fs.openSync('file.txt', 'wx'));
sync(() => fs.writeFileSync('full', 'x'));
sync(() => fs.statSync('nope/deeper'));
sync(() => fs.closeSync(123456));
sync(() => fs.readFileSync(123456));
sync(() => fs.rmSync('nope'));
try { fs.rmSync('full'); } catch (e) { console.log(e.name, e.code, e.message, e.info); }

// Arguments Node refuses before any I/O.
const argument = (f) => { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } };
argument(() => fs.readFileSync({}));
argument(() => fs.readFileSync('file.txt', 'bogus'));
argument(() => fs.readFile('file.txt'));
argument(() => fs.openSync('file.txt', 'zz'));
argument(() => fs.closeSync(-1));
argument(() => fs.writeFileSync('file.txt', 42));

fs.readFile('nope.txt', (err, data) => {
  console.log(err);
  console.log(data, err instanceof Error, err.stack);
  fs.promises.readFile('full').catch((e) => {
    show(e);
    fs.rmSync(dir, { recursive: true });
  });
});
