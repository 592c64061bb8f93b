const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function task(name, ms) {
  console.log('start', name);
  await sleep(ms);
  console.log('end', name);
  return name;
}
async function main() {
  const all = await Promise.all([task('a', 30), task('b', 10), task('c', 20)]);
  console.log('all:', all);
  const winner = await Promise.race([task('x', 50), task('y', 5)]);
  console.log('race:', winner);
  try {
    await Promise.all([task('ok', 5), (async () => { await sleep(1); throw new Error('fail fast'); })()]);
  } catch (e) {
    console.log('all rejected:', e.message);
  }
  await sleep(20);
  console.log('main done');
}
main();
