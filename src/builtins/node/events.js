// `node:events`: the EventEmitter class over the native prototype `process` shares
// (src/builtins/events.rs keeps the listener methods), and the promise-based helpers
// `once` and `on`, written as Node's lib/events.js defines them.
'use strict';

const { prototype, errorMonitor, kCapture, setAddCatch } = require('internal/events');
const { invalidArgType } = require('internal/util');
const { abortError, invalidThis, validateAbortSignal } = require('internal/errors');

const kRejection = Symbol.for('nodejs.rejection');
const kShapeMode = Symbol('shapeMode');
// An EventTarget's own limit, once `setMaxListeners` gave it one.
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

Object.defineProperty(prototype, 'constructor', {
  value: EventEmitter,
  writable: true,
  enumerable: false,
  configurable: true,
});
EventEmitter.prototype = prototype;
prototype[kCapture] = false;

let defaultMaxListeners = 10;

function checkListenerCount(n, name) {
  if (typeof n !== 'number') {
    throw invalidArgType(name, 'of type number', n);
  }
  if (n < 0 || Number.isNaN(n)) {
    const e = new RangeError(
      `The value of "${name}" is out of range. It must be >= 0. Received ${inspect(n)}`);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
}

function inspect(v) {
  return require('util').inspect(v);
}


// Node's order of the static properties (Object.keys(EventEmitter) shows it).
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.listenerCount = function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return prototype.listenerCount.call(emitter, type);
};
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() {
    return prototype[kCapture];
  },
  set(value) {
    if (typeof value !== 'boolean') {
      throw invalidArgType('EventEmitter.captureRejections', 'of type boolean', value);
    }
    prototype[kCapture] = value;
  },
});
EventEmitter.errorMonitor = errorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(n) {
    checkListenerCount(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
});
EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...targets) {
  checkListenerCount(n, 'n');
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  const { isEventTarget } = require('internal/event_target');
  for (const target of targets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', target);
    }
  }
};
Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', {
  value: kMaxEventTargetListeners,
});

// EventEmitter.init: fresh listener storage unless a subclass prototype carries its
// own `_events` (Node's "shape mode").
EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw invalidArgType('options.captureRejections', 'of type boolean', opts.captureRejections);
    }
    this[kCapture] = true;
  } else {
    this[kCapture] = prototype[kCapture];
  }
};

// Node's addCatch: what `emit` does with a listener's result while the emitter
// captures rejections.
setAddCatch(function addCatch(promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, this, err, type, args);
      });
    }
  } catch (err) {
    this.emit('error', err);
  }
});

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // The error event's own listeners do not capture again.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  const { isEventTarget, listenersOf } = require('internal/event_target');
  if (isEventTarget(emitterOrTarget)) {
    return listenersOf(emitterOrTarget, type);
  }
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return emitterOrTarget.getMaxListeners();
  }
  const { isEventTarget } = require('internal/event_target');
  if (isEventTarget(emitterOrTarget)) {
    // A target starts with the default of the moment it was made; Node records it
    // in its constructor, jsloop reads it until one is set.
    return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  }
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}


function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  if (typeof listener !== 'function') {
    throw invalidArgType('listener', 'of type function', listener);
  }
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  return {
    [Symbol.dispose]() {
      signal.removeEventListener('abort', listener);
    },
  };
}

// events.once(emitter, name[, { signal }]): a promise for the arguments of the next
// `name` event; an `'error'` event first rejects it.
function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    return Promise.reject(abortError(signal));
  }
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal !== undefined) {
        signal.removeEventListener('abort', abortListener);
      }
      reject(err);
    };
    const resolver = (...args) => {
      if (name !== 'error') {
        emitter.removeListener('error', errorListener);
      }
      if (signal !== undefined) {
        signal.removeEventListener('abort', abortListener);
      }
      resolve(args);
    };
    emitter.once(name, resolver);
    if (name !== 'error') {
      emitter.once('error', errorListener);
    }
    function abortListener() {
      emitter.removeListener(name, resolver);
      emitter.removeListener('error', errorListener);
      reject(abortError(signal));
    }
    if (signal !== undefined) {
      signal.addEventListener('abort', abortListener, { once: true });
    }
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// events.on(emitter, name): an async iterator of the argument arrays of `name`
// events, buffered while nobody awaits; an `'error'` event ends it with the error.
function on(emitter, event, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw abortError(signal);
  }
  const closeEvents = options?.close ?? [];
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;

  const iterator = Object.setPrototypeOf({
    next() {
      const value = unconsumedEvents.shift();
      if (value) {
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) {
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      closeHandler();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      }
      errorHandler(err);
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  emitter.on(event, eventHandler);
  if (event !== 'error') {
    emitter.on('error', errorHandler);
  }
  for (const name of closeEvents) {
    emitter.on(name, closeHandler);
  }
  if (signal) {
    signal.addEventListener('abort', abortListener, { once: true });
  }
  return iterator;

  function abortListener() {
    errorHandler(abortError(signal));
  }

  function eventHandler(...args) {
    const pending = unconsumedPromises.shift();
    if (pending) {
      pending.resolve({ value: args, done: false });
    } else {
      unconsumedEvents.push(args);
    }
  }

  function errorHandler(err) {
    const pending = unconsumedPromises.shift();
    if (pending) {
      pending.reject(err);
    } else {
      error = err;
    }
    closeHandler();
  }

  function closeHandler() {
    emitter.removeListener(event, eventHandler);
    emitter.removeListener('error', errorHandler);
    for (const name of closeEvents) {
      emitter.removeListener(name, closeHandler);
    }
    if (signal) {
      signal.removeEventListener('abort', abortListener);
    }
    finished = true;
    for (const pending of unconsumedPromises.splice(0)) {
      pending.resolve({ value: undefined, done: true });
    }
  }
}

// EventEmitterAsyncResource: an EventEmitter whose listeners run in the scope of its
// own AsyncResource. Made on first use, as in Node (async_hooks loads then).
let EventEmitterAsyncResource;

function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) {
    return EventEmitterAsyncResource;
  }
  const { AsyncResource } = require('async_hooks');
  const resourceOf = Symbol('kAsyncResource');
  const emitterOf = Symbol('kEventEmitter');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) {
      super(type, options);
      this[emitterOf] = emitter;
    }

    get eventEmitter() {
      return this[emitterOf];
    }
  }

  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource && typeof options?.name !== 'string') {
          throw invalidArgType('options.name', 'of type string', options?.name);
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[resourceOf] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = this.asyncResource;
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      if (this[resourceOf] === undefined) {
        throw invalidThis('EventEmitterAsyncResource');
      }
      return this[resourceOf];
    }
  };
  return EventEmitterAsyncResource;
}

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  get: lazyEventEmitterAsyncResource,
  set: undefined,
  configurable: true,
});

module.exports = EventEmitter;
