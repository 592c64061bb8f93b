// The callback forms run on the I/O pool; each callback runs in the poll phase.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-fs-'));
const p = (name) => path.join(dir, name);
const check = (err) => { if (err) throw err; };

fs.writeFile(p('a.txt'), 'one\n', (err) => {
  check(err);
  fs.appendFile(p('a.txt'), 'two\n', (err) => {
    check(err);
    fs.readFile(p('a.txt'), 'utf8', (err, text) => {
      check(err);
      console.log('read', JSON.stringify(text));
      fs.stat(p('a.txt'), (err, st) => {
        check(err);
        console.log('stat', st.isFile(), st.size);
        fs.mkdir(p('sub/deep'), { recursive: true }, (err, first) => {
          check(err);
          console.log('mkdir', path.relative(dir, first));
          fs.rename(p('a.txt'), p('sub/b.txt'), (err) => {
            check(err);
            fs.readdir(p('sub'), (err, names) => {
              check(err);
              console.log('readdir', names);
              fs.open(p('sub/b.txt'), 'r', (err, fd) => {
                check(err);
                const buf = new Uint8Array(3);
                fs.read(fd, buf, 0, 3, 4, (err, n, b) => {
                  check(err);
                  console.log('read fd', n, b === buf, String.fromCharCode(...buf));
                  fs.close(fd, (err) => {
                    check(err);
                    fs.rm(dir, { recursive: true }, (err) => {
                      check(err);
                      fs.exists(dir, (exists) => console.log('removed', !exists));
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
});
console.log('main done');
