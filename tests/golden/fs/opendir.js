// fs.opendir and Dir: read() one entry at a time (promise, callback and sync forms),
// async iteration (which closes the directory), and ERR_DIR_CLOSED.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-dir-'));
fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
fs.writeFileSync(path.join(dir, 'b.txt'), 'b');
fs.mkdirSync(path.join(dir, 'sub'));
const describe = (d) => `${d.name}:${d.isFile() ? 'file' : d.isDirectory() ? 'dir' : '?'}:${d.parentPath === dir}`;

const sync = fs.opendirSync(dir);
console.log(sync.constructor.name, sync.path === dir);
const names = [];
for (let d = sync.readSync(); d !== null; d = sync.readSync()) names.push(describe(d));
console.log(names.sort());
sync.closeSync();
try {
  sync.readSync();
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fs.opendirSync(path.join(dir, 'missing'));
} catch (e) {
  console.log(e.code, e.syscall, e.message);
}

fs.opendir(dir, (err, d) => {
  console.log('callback form', err, d instanceof fs.Dir);
  d.read((err, entry) => {
    console.log('first entry is a Dirent', err, entry instanceof fs.Dirent);
    d.close((err) => {
      console.log('closed', err);
      d.close().catch((e) => console.log('close again', e.code));
      iterate();
    });
  });
});

async function iterate() {
  const found = [];
  for await (const entry of await fs.promises.opendir(dir)) found.push(describe(entry));
  console.log(found.sort());
  const d = await fs.promises.opendir(dir);
  let count = 0;
  while ((await d.read()) !== null) count++;
  console.log('read', count, await d.read());
  await d.close();
  await fs.promises.opendir(path.join(dir, 'missing')).catch((e) => console.log(e.code, e.syscall));
  fs.rmSync(dir, { recursive: true });
}
