// node:timers and node:timers/promises: the promise forms settle from the same
// timer and immediate queues as the callbacks.
const timers = require('node:timers');
const { setTimeout: sleep, setImmediate: nextTurn, setInterval: every, scheduler } = require('timers/promises');
console.log(timers.setTimeout === setTimeout, timers.promises === require('timers/promises'));
console.log(Object.keys(timers));

async function main() {
  setTimeout(() => console.log('callback timer 20'), 20);
  console.log(await sleep(10, 'ten'));
  console.log(await nextTurn('immediate'));
  console.log(await sleep(15));
  let n = 0;
  for await (const v of every(5, 'tick')) {
    console.log(v, ++n);
    if (n === 3) {
      break;
    }
  }
  await scheduler.wait(5);
  console.log('waited');
  for (const bad of [() => sleep(1, 'x', null), () => sleep(1, 'x', { ref: 1 })]) {
    try {
      await bad();
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  const unrefed = sleep(1000, 'never', { ref: false });
  unrefed.then(() => console.log('unexpected'));
}
main().then(() => console.log('done'));
