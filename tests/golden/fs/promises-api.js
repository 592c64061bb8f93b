// fs.promises and FileHandle.
const fsp = require('fs/promises');
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  console.log(fsp === fs.promises);
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'jsloop-fs-'));
  const p = (name) => path.join(dir, name);
  await fsp.writeFile(p('a.txt'), 'alpha\n');
  await fsp.appendFile(p('a.txt'), 'beta\n');
  console.log(JSON.stringify(await fsp.readFile(p('a.txt'), 'utf8')));
  console.log((await fsp.readFile(p('a.txt'))).length);
  console.log((await fsp.stat(p('a.txt'))).size, (await fsp.lstat(dir)).isDirectory());
  await fsp.mkdir(p('d'));
  await fsp.copyFile(p('a.txt'), p('d/c.txt'));
  console.log(await fsp.readdir(p('d')));
  await fsp.access(p('d/c.txt'));

  const fh = await fsp.open(p('h.txt'), 'w+');
  console.log(typeof fh.fd, fh.constructor.name);
  const w = await fh.write('hello handle');
  console.log(w.bytesWritten, w.buffer);
  const r = await fh.read(new Uint8Array(6), 0, 6, 6);
  console.log(r.bytesRead, String.fromCharCode(...r.buffer));
  console.log((await fh.stat()).size);
  await fh.close();
  console.log(fh.fd);

  const rh = await fsp.open(p('h.txt'));
  console.log(await rh.readFile('utf8'));
  await rh.close();

  await fsp.unlink(p('h.txt'));
  await fsp.rm(dir, { recursive: true, force: true });
  await fsp.rm(p('gone'), { force: true });
  console.log(fs.existsSync(dir));
}
main();
