// jsloop-only: in Node the order is not fixed (immediate first in most runs, timeout first when startup crosses a millisecond); jsloop's virtual clock always takes the usual one.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
