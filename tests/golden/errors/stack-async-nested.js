// Async stacks through nested Promise.all, loops, timers, then-chains, deep await
// chains (cut at Error.stackTraceLimit) and methods called under another name.
const frames = (e) => e.stack.split('\n').filter((l) => !l.includes('node:')).map((l) => l.replace(/\/\S*\//, '')).join('\n');
const log = (e) => console.log(frames(e));
async function leaf(n) { for (let i = 0; i < n; i++) await i; log(new Error('leaf ' + n)); }
async function nested() { await Promise.all([leaf(1), Promise.all([leaf(2), leaf(3)])]); }
async function inLoop() { for (const n of [4]) { await leaf(n); } }
async function wrapped() { await new Promise((resolve) => setTimeout(resolve, 1)); log(new Error('after timer')); }
async function viaThen() { return Promise.resolve().then(() => leaf(5)); }
async function deepChain(n) { if (n === 0) { await null; log(new Error('deep chain')); return; } await deepChain(n - 1); }
const obj = { async method() { await null; log(new Error('obj method')); } };
async function callsMethodAlias() { const alias = { other: obj.method }; await alias.other(); }
async function main() {
  await nested();
  await inLoop();
  await wrapped();
  await viaThen();
  await deepChain(12);
  await callsMethodAlias();
  setTimeout(async function later() { await null; log(new Error('timer async')); });
}
main();
