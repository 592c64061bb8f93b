// `node:timers` and `node:timers/promises` (Node's lib/timers.js and
// lib/timers/promises.js): the global timer functions, and promise forms of them
// that settle from the same timer and immediate queues.
'use strict';

const { invalidArgType } = require('internal/util');
const { abortError, validateAbortSignal } = require('internal/errors');

// Node's validation of `{ signal, ref }`; a signal is anything shaped like an
// AbortSignal (`aborted`, `addEventListener`).
function readOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') {
    throw invalidArgType('options.ref', 'of type boolean', ref);
  }
  return { signal, ref };
}

// The promise settled by `start(resolve)` (which schedules and returns a handle),
// or rejected with an AbortError when `signal` aborts first.
function cancellable(signal, start, cancel) {
  if (signal?.aborted) {
    return Promise.reject(abortError(signal));
  }
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start((value) => {
      if (signal) {
        signal.removeEventListener('abort', onAbort);
      }
      resolve(value);
    });
    if (signal) {
      onAbort = () => {
        cancel(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

const promises = {
  setTimeout(after, value, options = {}) {
    const { signal, ref } = readOptions(options);
    return cancellable(signal, (done) => {
      const timeout = globalThis.setTimeout(done, after, value);
      if (!ref) {
        timeout.unref();
      }
      return timeout;
    }, globalThis.clearTimeout);
  },

  setImmediate(value, options = {}) {
    const { signal, ref } = readOptions(options);
    return cancellable(signal, (done) => {
      const immediate = globalThis.setImmediate(done, value);
      if (!ref) {
        immediate.unref();
      }
      return immediate;
    }, globalThis.clearImmediate);
  },

  // An async iterator yielding `value` once per interval; ticks that pass while the
  // consumer is busy are all yielded when it asks again.
  async *setInterval(after, value, options = {}) {
    const { signal, ref } = readOptions(options);
    if (signal?.aborted) {
      throw abortError(signal);
    }
    let notYielded = 0;
    let wake;
    const interval = globalThis.setInterval(() => {
      notYielded++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after);
    if (!ref) {
      interval.unref();
    }
    const onAbort = () => {
      if (wake) {
        wake();
        wake = undefined;
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      while (!signal?.aborted) {
        if (notYielded === 0) {
          await new Promise((resolve) => wake = resolve);
        }
        for (; notYielded > 0; notYielded--) {
          yield value;
        }
      }
      throw abortError(signal);
    } finally {
      globalThis.clearInterval(interval);
      signal?.removeEventListener('abort', onAbort);
    }
  },
};

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() {
    this[kScheduler] = true;
  }

  yield() {
    return promises.setImmediate();
  }

  wait(delay, options) {
    return promises.setTimeout(delay, undefined, options);
  }
}

promises.scheduler = new Scheduler();

module.exports = {
  timers: {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setImmediate: globalThis.setImmediate,
    clearImmediate: globalThis.clearImmediate,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
    promises,
  },
  promises,
};
