// readline over process.stdin at its end (the tests run with an empty stdin): the
// question is written, no answer comes, and the interface closes.
const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.on('line', (line) => console.log('line', line));
rl.on('close', () => console.log('\nclosed'));
rl.question('name? ', (answer) => console.log('answer', answer));
console.log(typeof process.stdin.on, process.stdin === process.stdin);
