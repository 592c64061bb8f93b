// AbortController and AbortSignal (DOM Standard section 3.3), as Node's
// lib/internal/abort_controller.js has them: a signal is an EventTarget that fires
// one trusted 'abort' event, then aborts the signals made from it by
// AbortSignal.any().
'use strict';

const {
  codedError, illegalConstructor, invalidArgType, invalidThis, stateReader, outOfRange,
} = require('internal/errors');
const { EventTarget, defineEventHandler, trustedEvent } = require('internal/event_target');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function inspect(value, options) {
  return require('util').inspect(value, options);
}

// `Name { ...shown }`, one level deeper, as Node shows these objects.
function inspectAs(self, shown, depth, options) {
  if (depth < 0) {
    return self;
  }
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(shown, opts)}`;
}

// Lets `new AbortSignal` run for the platform only.
const constructing = Symbol('constructing');
let signalState;

class AbortSignal extends EventTarget {
  #state;

  static {
    signalState = stateReader('AbortSignal', (o) => #state in o, (o) => o.#state);
  }

  constructor(key) {
    if (key !== constructing) {
      throw illegalConstructor();
    }
    super();
    // `dependents`: weak references to the signals AbortSignal.any() made from this
    // one, aborted after it.
    this.#state = { aborted: false, reason: undefined, dependents: undefined };
  }

  get aborted() {
    return signalState(this).aborted;
  }

  get reason() {
    return signalState(this).reason;
  }

  throwIfAborted() {
    const s = signalState(this);
    if (s.aborted) {
      throw s.reason;
    }
  }

  [customInspect](depth, options) {
    // Node's signals carry keys of their own, so too deep they show as [AbortSignal].
    if (depth < 0) {
      return '[AbortSignal]';
    }
    return inspectAs(this, { aborted: signalState(this).aborted }, depth, options);
  }

  static abort(reason = abortErrorReason()) {
    const signal = new AbortSignal(constructing);
    const s = signalState(signal);
    s.aborted = true;
    s.reason = reason;
    return signal;
  }

  // A signal aborted with a TimeoutError after `delay` ms; its timer does not keep
  // the process alive.
  static timeout(delay) {
    validateUint32(delay, 'delay');
    const signal = new AbortSignal(constructing);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout',
        'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  // A signal aborted when the first of `signals` is.
  static any(signals) {
    if (signals === null || typeof signals !== 'object' ||
        typeof signals[Symbol.iterator] !== 'function') {
      throw sequenceError('signals cannot be converted to sequence.');
    }
    const sources = [];
    for (const signal of signals) {
      if (signal === null || typeof signal !== 'object' || !isAbortSignal(signal)) {
        throw sequenceError(`signals[${sources.length}] is not of type AbortSignal.`);
      }
      sources.push(signal);
    }
    const result = new AbortSignal(constructing);
    const aborted = sources.find((signal) => signalState(signal).aborted);
    if (aborted !== undefined) {
      const s = signalState(result);
      s.aborted = true;
      s.reason = signalState(aborted).reason;
      return result;
    }
    const ref = new WeakRef(result);
    for (const signal of sources) {
      const s = signalState(signal);
      s.dependents ??= new Set();
      s.dependents.add(ref);
    }
    return result;
  }
}

function isAbortSignal(value) {
  try {
    signalState(value);
    return true;
  } catch {
    return false;
  }
}

function sequenceError(message) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

// Node's validateUint32.
function validateUint32(value, name) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'of type number', value);
  }
  if (!Number.isInteger(value)) {
    throw outOfRange(name, 'an integer', value);
  }
  if (value < 0 || value > 4294967295) {
    throw outOfRange(name, '>= 0 && <= 4294967295', value);
  }
}

function abortErrorReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

// The DOM's "signal abort": once only; the event, then the dependent signals.
function abortSignal(signal, reason) {
  const s = signalState(signal);
  if (s.aborted) {
    return;
  }
  s.aborted = true;
  s.reason = reason;
  signal.dispatchEvent(trustedEvent('abort'));
  const dependents = s.dependents;
  s.dependents = undefined;
  dependents?.forEach((ref) => {
    const dependent = ref.deref();
    if (dependent !== undefined) {
      abortSignal(dependent, reason);
    }
  });
}

for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, name, { enumerable: true });
}
defineEventHandler(AbortSignal.prototype, 'abort');
for (const name of ['abort', 'timeout', 'any']) {
  Object.defineProperty(AbortSignal, name, { enumerable: true });
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal',
  configurable: true,
});

let controllerSignal;

class AbortController {
  #signal;

  static {
    controllerSignal = (controller) => {
      if (controller === null || typeof controller !== 'object' || !(#signal in controller)) {
        throw invalidThis('AbortController');
      }
      controller.#signal ??= new AbortSignal(constructing);
      return controller.#signal;
    };
  }

  get signal() {
    return controllerSignal(this);
  }

  abort(reason = abortErrorReason()) {
    abortSignal(controllerSignal(this), reason);
  }

  [customInspect](depth, options) {
    return inspectAs(this, { signal: this.signal }, depth, options);
  }
}

for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController',
  configurable: true,
});

module.exports = { AbortController, AbortSignal };
