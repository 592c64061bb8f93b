// Event, CustomEvent and EventTarget (DOM Standard sections 2.2 to 2.7), as Node's
// lib/internal/event_target.js has them: there is no tree, so an event is only ever
// at its target; a listener's exception is reported as an uncaught exception on the
// next tick while dispatch goes on with the next listener.
'use strict';

const {
  codedError, invalidArgType, invalidThis, stateReader, missingArgs, validateObject,
} = require('internal/errors');
const { now } = require('internal/clock');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function inspect(value, options) {
  return require('util').inspect(value, options);
}

// The options a custom inspect method passes on for the object it shows in its place,
// one level deeper.
function nestedOptions(options) {
  return {
    ...options,
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  };
}

// An event's state, reached by the EventTarget below through `eventState`.
let eventState;
// Whether an event was fired by the platform (an AbortSignal's 'abort').
const trusted = new WeakSet();

class Event {
  #state;

  static {
    eventState = stateReader('Event', (o) => #state in o, (o) => o.#state);
  }

  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      throw missingArgs('type');
    }
    if (options !== undefined) {
      validateObject(options, 'options', true);
    }
    this.#state = {
      type: `${type}`,
      cancelable: !!options?.cancelable,
      bubbles: !!options?.bubbles,
      composed: !!options?.composed,
      defaultPrevented: false,
      timeStamp: now(),
      propagationStopped: false,
      // stopImmediatePropagation was called: later listeners are skipped.
      stop: false,
      target: null,
      dispatching: false,
      inPassiveListener: false,
    };
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) {
      throw missingArgs('type');
    }
    const s = eventState(this);
    if (s.dispatching) {
      return;
    }
    s.type = `${type}`;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }

  [customInspect](depth, options) {
    const s = eventState(this);
    const name = this.constructor.name;
    if (depth < 0) {
      return name;
    }
    const shown = {
      type: s.type,
      defaultPrevented: s.defaultPrevented,
      cancelable: s.cancelable,
      timeStamp: s.timeStamp,
    };
    return `${name} ${inspect(shown, nestedOptions(options))}`;
  }

  stopImmediatePropagation() {
    const s = eventState(this);
    s.propagationStopped = true;
    s.stop = true;
  }

  preventDefault() {
    const s = eventState(this);
    if (!s.inPassiveListener) {
      s.defaultPrevented = true;
    }
  }

  get target() {
    return eventState(this).target;
  }

  get currentTarget() {
    const s = eventState(this);
    return s.dispatching ? s.target : null;
  }

  get srcElement() {
    return eventState(this).target;
  }

  get type() {
    return eventState(this).type;
  }

  get cancelable() {
    return eventState(this).cancelable;
  }

  get defaultPrevented() {
    const s = eventState(this);
    return s.cancelable && s.defaultPrevented;
  }

  get timeStamp() {
    return eventState(this).timeStamp;
  }

  composedPath() {
    const s = eventState(this);
    return s.dispatching ? [s.target] : [];
  }

  get returnValue() {
    const s = eventState(this);
    return !(s.cancelable && s.defaultPrevented);
  }

  get bubbles() {
    return eventState(this).bubbles;
  }

  get composed() {
    return eventState(this).composed;
  }

  get eventPhase() {
    return eventState(this).dispatching ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    return eventState(this).propagationStopped;
  }

  set cancelBubble(value) {
    if (value) {
      eventState(this).propagationStopped = true;
    }
  }

  stopPropagation() {
    eventState(this).propagationStopped = true;
  }
}

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2],
  ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
}

// The WebIDL attributes and operations are enumerable; isTrusted is
// [LegacyUnforgeable], so not configurable.
function makeEnumerable(proto, names) {
  for (const name of names) {
    Object.defineProperty(proto, name, { enumerable: true });
  }
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: function isTrusted() {
    return trusted.has(this);
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event',
  configurable: true,
});

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      throw missingArgs('type');
    }
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (this === null || typeof this !== 'object' || !(#detail in this)) {
      throw invalidThis('CustomEvent');
    }
    return this.#detail;
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent',
  configurable: true,
});

// A listener is (callback, capture); duplicates are ignored. Removal marks it, so a
// dispatch already under way skips it.
function validateListenerOptions(options) {
  if (typeof options === 'boolean') {
    return { capture: options, once: false, passive: false, signal: undefined };
  }
  if (options === null) {
    return { capture: false, once: false, passive: false, signal: undefined };
  }
  validateObject(options, 'options');
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
  };
}

// A listener is a function or an object (its handleEvent is looked up when the event
// fires); null and undefined are allowed and ignored with a warning.
function isListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') {
    return true;
  }
  if (listener == null) {
    return false;
  }
  if (typeof listener === 'object') {
    return true;
  }
  throw invalidArgType('listener', 'an instance of EventListener', listener);
}

// Node reports a listener's exception as uncaught, after the dispatch, from a tick.
function reportException(err) {
  process.nextTick(() => {
    throw err;
  });
}

let targetListeners;
let hasListeners;

class EventTarget {
  // Event type -> array of { listener, callback, capture, once, passive, removed }.
  #listeners = new Map();

  static {
    targetListeners = stateReader('EventTarget', (o) => #listeners in o, (o) => o.#listeners);
    hasListeners = (o) => #listeners in o;
  }

  addEventListener(type, listener, options = undefined) {
    const all = targetListeners(this);
    if (arguments.length < 2) {
      throw missingArgs('type', 'listener');
    }
    const { once, capture, passive, signal } = validateListenerOptions(options ?? {});
    if (signal !== undefined && (signal === null || typeof signal !== 'object' ||
                                 !('aborted' in signal))) {
      throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
    }
    if (!isListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;
    if (signal) {
      if (signal.aborted) {
        return;
      }
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { once: true });
    }
    let list = all.get(type);
    if (list === undefined) {
      list = [];
      all.set(type, list);
    }
    if (list.some((l) => l.listener === listener && l.capture === capture)) {
      return;
    }
    list.push({ listener, capture, once, passive, removed: false });
  }

  removeEventListener(type, listener, options = undefined) {
    const all = targetListeners(this);
    if (arguments.length < 2) {
      throw missingArgs('type', 'listener');
    }
    if (!isListener(listener)) {
      return;
    }
    type = `${type}`;
    const { capture } = validateListenerOptions(options ?? {});
    const list = all.get(type);
    if (list === undefined) {
      return;
    }
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i !== -1) {
      list[i].removed = true;
      list.splice(i, 1);
      if (list.length === 0) {
        all.delete(type);
      }
    }
  }

  dispatchEvent(event) {
    const all = targetListeners(this);
    if (arguments.length < 1) {
      throw missingArgs('event');
    }
    if (!(event instanceof Event)) {
      throw invalidArgType('event', 'an instance of Event', event);
    }
    const s = eventState(event);
    if (s.dispatching) {
      throw codedError(Error, 'ERR_EVENT_RECURSION',
        `The event "${s.type}" is already being dispatched`);
    }
    s.target = this;
    s.dispatching = true;
    const list = all.get(s.type);
    // Listeners added while the event fires wait for the next one.
    for (const entry of list === undefined ? [] : list.slice()) {
      if (s.stop) {
        break;
      }
      if (entry.removed) {
        continue;
      }
      if (entry.once) {
        this.removeEventListener(s.type, entry.listener, entry.capture);
      }
      s.inPassiveListener = entry.passive;
      try {
        let result;
        if (typeof entry.listener === 'function') {
          result = entry.listener.call(this, event);
        } else {
          result = callHandleEvent(entry.listener, event);
        }
        // As Node does, the event counts as dispatched only until the first
        // listener returns.
        s.dispatching = false;
        if (result !== undefined && result !== null && typeof result.then === 'function') {
          result.then(undefined, reportException);
        }
      } catch (err) {
        reportException(err);
      } finally {
        s.inPassiveListener = false;
      }
    }
    s.dispatching = false;
    return !(s.cancelable && s.defaultPrevented);
  }

  [customInspect](depth, options) {
    targetListeners(this);
    const name = this.constructor.name;
    if (depth < 0) {
      return name;
    }
    return `${name} ${inspect({}, nestedOptions(options))}`;
  }
}

// An object's handleEvent runs as Node runs it, inside an async function: what it
// throws becomes a rejection, reported a turn later.
async function callHandleEvent(listener, event) {
  const handleEvent = listener.handleEvent;
  if (handleEvent) {
    await handleEvent.call(listener, event);
  }
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener',
  'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget',
  configurable: true,
});

// An `on<type>` attribute (`signal.onabort`): one listener, added when a handler is
// first set, that calls whichever handler is set when the event fires.
function defineEventHandler(proto, type) {
  const handlers = new WeakMap();
  Object.defineProperty(proto, `on${type}`, {
    get() {
      targetListeners(this);
      return handlers.get(this)?.handler ?? null;
    },
    set(value) {
      targetListeners(this);
      const handler = typeof value === 'function' || (typeof value === 'object' && value !== null) ?
        value : null;
      let slot = handlers.get(this);
      if (slot === undefined) {
        if (handler === null) {
          return;
        }
        slot = { handler, wrapper: undefined };
        slot.wrapper = function(event) {
          if (typeof slot.handler === 'function') {
            return slot.handler.call(this, event);
          }
        };
        handlers.set(this, slot);
        this.addEventListener(type, slot.wrapper);
      } else if (handler === null) {
        this.removeEventListener(type, slot.wrapper);
        handlers.delete(this);
      } else {
        slot.handler = handler;
      }
    },
    enumerable: true,
    configurable: true,
  });
}

// A trusted event of `type`, as the platform fires it.
function trustedEvent(type) {
  const event = new Event(type);
  trusted.add(event);
  return event;
}

function isEventTarget(o) {
  return o !== null && typeof o === 'object' && hasListeners(o);
}

// The listeners of `type` on `target`, in the order they were added
// (`events.getEventListeners`).
function listenersOf(target, type) {
  const list = targetListeners(target).get(`${type}`);
  return list === undefined ? [] : list.map((l) => l.listener);
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  defineEventHandler,
  trustedEvent,
  isEventTarget,
  listenersOf,
};
