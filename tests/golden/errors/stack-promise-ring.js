// jsloop-only: Node follows this ring of promises forever while making the stack, and hangs.
// Two promises resolved with each other wait on each other: the async part of a stack
// stops where the chain of waiting promises starts to repeat.
let resolveA, resolveB;
const a = new Promise((r) => { resolveA = r; });
const b = new Promise((r) => { resolveB = r; });
resolveA(b);
resolveB(a);
async function f() {
  await null;
  await null;
  await null;
  console.log(new Error('ring').stack);
}
f().then(resolveA);
