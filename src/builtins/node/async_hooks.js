// `node:async_hooks`: AsyncResource (after Node's lib/async_hooks.js) and the ids of
// the running callback. Hooks (`createHook`) and AsyncLocalStorage, which need the
// engine to carry a context through every promise job, tick, timer and I/O
// callback, are not there: they throw ERR_METHOD_NOT_IMPLEMENTED.
'use strict';

const ids = require('internal/async_ids');
const { codedError, validateString, validateFunction } = require('internal/errors');

// The trigger ids of the resources whose scopes are open, innermost last.
const triggerStack = [];

function executionAsyncId() {
  return ids.executionAsyncId();
}

function triggerAsyncId() {
  return triggerStack.length > 0 ? triggerStack[triggerStack.length - 1] : 0;
}

const asyncIdOf = Symbol('asyncId');
const triggerIdOf = Symbol('triggerAsyncId');

class AsyncResource {
  constructor(type, options = {}) {
    validateString(type, 'type');
    let trigger = options;
    if (typeof options !== 'number') {
      trigger = options.triggerAsyncId === undefined ?
        executionAsyncId() :
        options.triggerAsyncId;
    }
    if (!Number.isSafeInteger(trigger) || trigger < -1) {
      throw codedError(RangeError, 'ERR_INVALID_ASYNC_ID',
        `Invalid triggerAsyncId value: ${trigger}`);
    }
    this[asyncIdOf] = ids.newAsyncId();
    this[triggerIdOf] = trigger;
  }

  // Calls `fn` with this resource's id as the running one.
  runInAsyncScope(fn, thisArg, ...args) {
    const prior = ids.enter(this[asyncIdOf]);
    triggerStack.push(this[triggerIdOf]);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      triggerStack.pop();
      ids.enter(prior);
    }
  }

  // Without destroy hooks there is nothing to tell; the resource stays usable.
  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[asyncIdOf];
  }

  triggerAsyncId() {
    return this[triggerIdOf];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() {
          process.emitWarning('The asyncResource property on bound functions is deprecated',
            'DeprecationWarning', 'DEP0172');
          return self;
        },
        set(value) {
          self = value;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

function notImplemented(name) {
  return codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
}

class AsyncLocalStorage {
  constructor() {
    throw notImplemented('AsyncLocalStorage()');
  }
}

function createHook() {
  throw notImplemented('createHook()');
}

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  AsyncResource,
};
