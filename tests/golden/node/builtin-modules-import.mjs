// The built-in modules as ES modules: default and named imports, with and without
// the node: prefix, are the same objects require() returns.
import EventEmitter, { once, on } from 'node:events';
import events from 'events';
import util, { format, inspect, promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import timers from 'timers';

console.log(EventEmitter === events, typeof once, typeof on);
console.log(typeof util, format('%s=%d', 'x', 1), inspect({ a: [1, 2] }), typeof promisify);
console.log(await sleep(5, 'slept'), typeof timers.setTimeout);
