// Symbolic links, modes, sizes and times, in the sync, callback and promise forms,
// with Node's error objects (code, errno, syscall, path, dest).
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-links-'));
const at = (name) => path.join(dir, name);
const show = (e) => {
  const fields = { code: e.code, errno: e.errno, syscall: e.syscall };
  const shown = (p) => (path.isAbsolute(p) ? path.relative(dir, p) : p);
  if (e.path) fields.path = shown(e.path);
  if (e.dest) fields.dest = shown(e.dest);
  return `${e.message.replaceAll(dir + '/', '')} ${JSON.stringify(fields)}`;
};
const attempt = (f) => {
  try {
    return f();
  } catch (e) {
    return show(e);
  }
};

fs.writeFileSync(at('file.txt'), 'hello world');
fs.symlinkSync('file.txt', at('link.txt'));
console.log(fs.readlinkSync(at('link.txt')), fs.readlinkSync(at('link.txt'), 'buffer'));
console.log(fs.lstatSync(at('link.txt')).isSymbolicLink(), fs.statSync(at('link.txt')).isFile());
console.log(fs.readFileSync(at('link.txt'), 'utf8'));
console.log(attempt(() => fs.symlinkSync('file.txt', at('link.txt'))));
console.log(attempt(() => fs.readlinkSync(at('file.txt'))));
console.log(fs.realpathSync(at('link.txt')) === fs.realpathSync(at('file.txt')));
console.log(fs.realpathSync.native(at('link.txt')) === fs.realpathSync(at('file.txt')));
console.log(attempt(() => fs.realpathSync(at('nope/deeper'))));
console.log(attempt(() => fs.realpathSync.native(at('nope'))));

fs.chmodSync(at('file.txt'), 0o600);
console.log((fs.statSync(at('file.txt')).mode & 0o777).toString(8));
fs.chmodSync(at('file.txt'), '640');
console.log((fs.statSync(at('file.txt')).mode & 0o777).toString(8));
console.log(attempt(() => fs.chmodSync(at('file.txt'), 'rw')));
console.log(attempt(() => fs.chmodSync(at('missing'), 0o600)));
const fd = fs.openSync(at('file.txt'), 'r+');
fs.fchmodSync(fd, 0o644);
fs.ftruncateSync(fd, 5);
fs.futimesSync(fd, 1000, 2000);
fs.closeSync(fd);
console.log((fs.statSync(at('file.txt')).mode & 0o777).toString(8), fs.readFileSync(at('file.txt'), 'utf8'));
console.log(fs.statSync(at('file.txt')).mtimeMs);
fs.truncateSync(at('file.txt'), 2);
console.log(JSON.stringify(fs.readFileSync(at('file.txt'), 'utf8')));
fs.truncateSync(at('file.txt'));
console.log(fs.statSync(at('file.txt')).size);
console.log(attempt(() => fs.truncateSync(at('missing'))));
console.log(attempt(() => fs.ftruncateSync(9999)));
fs.utimesSync(at('file.txt'), new Date(5000), '7');
const st = fs.statSync(at('file.txt'));
console.log(st.atimeMs, st.mtimeMs, st.mtime.toISOString());
console.log(attempt(() => fs.utimesSync(at('missing'), 1, 1)));
console.log(attempt(() => fs.utimesSync(at('file.txt'), {}, 1)));
console.log(attempt(() => fs.mkdtempSync(at('no/such-'))));

fs.symlink('file.txt', at('cb-link'), (err) => {
  console.log('symlink callback', err);
  fs.readlink(at('cb-link'), (err, target) => {
    console.log('readlink callback', err, target);
    fs.realpath(at('cb-link'), (err, real) => {
      console.log('realpath callback', err, real === fs.realpathSync(at('file.txt')));
      fs.chmod(at('missing'), 0o600, (err) => {
        console.log('chmod callback', show(err));
        fs.truncate(at('missing'), 0, (err) => {
          console.log('truncate callback', show(err));
          promiseForms();
        });
      });
    });
  });
});

async function promiseForms() {
  const p = fs.promises;
  await p.writeFile(at('p.txt'), 'promises');
  await p.symlink('p.txt', at('p-link'));
  console.log(await p.readlink(at('p-link')), (await p.lstat(at('p-link'))).isSymbolicLink());
  console.log((await p.realpath(at('p-link'))) === fs.realpathSync(at('p.txt')));
  await p.chmod(at('p.txt'), 0o604);
  await p.truncate(at('p.txt'), 3);
  await p.utimes(at('p.txt'), 10, 20);
  const s = await p.stat(at('p.txt'));
  console.log((s.mode & 0o777).toString(8), s.size, s.atimeMs, s.mtimeMs);
  const handle = await p.open(at('p.txt'), 'r+');
  await handle.truncate(1);
  await handle.chmod(0o600);
  await handle.utimes(30, 40);
  const hs = await handle.stat();
  console.log(hs.size, (hs.mode & 0o777).toString(8), hs.mtimeMs);
  await handle.close();
  await p.readlink(at('p.txt')).catch((e) => console.log(show(e)));
  const made = await p.mkdtemp(at('tmp-'));
  console.log(path.basename(made).length, fs.statSync(made).isDirectory());
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned up', fs.existsSync(dir));
}
