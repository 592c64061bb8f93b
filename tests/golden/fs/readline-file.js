// readline over a file stream: '\n', '\r\n' and a lone '\r' end lines, also when a
// chunk ends between '\r' and '\n' or inside a UTF-8 character; the last line needs
// no newline; `for await` reads the same lines.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsloop-rl-'));
const file = path.join(dir, 'lines.txt');
fs.writeFileSync(file, 'alpha\r\nbeta\n\ngamma €uro\rdelta');

const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 7 }) });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('close', async () => {
  console.log('close', rl.closed);
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) console.log('for await', ++n, JSON.stringify(line));
  console.log('done');
  fs.rmSync(dir, { recursive: true });
});
