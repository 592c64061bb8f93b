// import() from an ES module: of a module its graph already loaded, of itself while
// its top-level await is pending, and of new modules, against its own microtasks.
import { shared } from './shared.mjs';

const log = console.log;
globalThis.turn = 0;
const step = () => {
  if (++globalThis.turn < 100) Promise.resolve().then(step);
};
Promise.resolve().then(step);

process.nextTick(() => log('nextTick at turn', turn));
import('./shared.mjs').then((ns) => log('shared settled at turn', turn, ns.shared === shared, ns.hits));
import('./main.mjs').then((ns) => log('main settled at turn', turn, Object.keys(ns)));
import('./late.mjs').then((ns) => log('late settled at turn', turn, ns.late));
log('before await');
await null;
log('after await at turn', turn);
import('./uses-shared.mjs').then(() => log('uses-shared settled at turn', turn));
export const done = true;
