// A 1,000,000-step then-chain built before any step runs, then awaited: each settled
// step's promise and reaction should become garbage as the chain unwinds.
async function main() {
  let p = Promise.resolve(0);
  for (let i = 0; i < 1000000; i++) p = p.then((x) => x + 1);
  console.log(await p);
}
main();
