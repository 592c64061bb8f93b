// events.once (a promise of the arguments) and events.on (an async iterator).
const { EventEmitter, once, on } = require('node:events');

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 10);
  console.log('once', await once(e, 'ready'));
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));

  setTimeout(() => e.emit('error', new Error('failed')), 10);
  try {
    await once(e, 'ready');
  } catch (err) {
    console.log('rejected', err.message, e.listenerCount('ready'));
  }

  const ticker = new EventEmitter();
  setTimeout(() => {
    ticker.emit('data', 'a');
    ticker.emit('data', 'b', 'c');
    setTimeout(() => ticker.emit('data', 'end'), 5);
  }, 5);
  for await (const args of on(ticker, 'data')) {
    console.log('data', args);
    if (args[0] === 'end') {
      break;
    }
  }
  console.log('after loop', ticker.listenerCount('data'), ticker.listenerCount('error'));

  const failing = new EventEmitter();
  const iterator = on(failing, 'data');
  process.nextTick(() => failing.emit('error', new Error('stream broke')));
  try {
    for await (const args of iterator) {
      console.log('unexpected', args);
    }
  } catch (err) {
    console.log('iterator threw', err.message);
  }
}
main();
