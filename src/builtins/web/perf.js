// `performance` and `perf_hooks` (W3C High Resolution Time, User Timing Level 3 and
// Performance Timeline), as Node's lib/internal/perf/ has them: marks and measures
// kept in a buffer, read back ordered by start time, on the event loop's clock;
// observers that get new entries in batches from an immediate; the loop's
// milestones and utilization.
'use strict';

const clock = require('internal/clock');
const {
  codedError, invalidArgType, invalidArgValue, illegalConstructor, invalidThis, missingArgs,
  validateObject,
} = require('internal/errors');
const { EventTarget } = require('internal/event_target');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const now = clock.now;

function inspect(value, options) {
  return require('util').inspect(value, options);
}

// The inspect options for what a custom inspection shows inside itself: one level
// deeper (`depth` null is unlimited).
function innerOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

// Lets the constructors below run for the platform only.
const constructing = Symbol('constructing');
let entryState;

class PerformanceEntry {
  #state;

  static {
    entryState = (entry, type = 'PerformanceEntry') => {
      if (entry === null || typeof entry !== 'object' || !(#state in entry)) {
        throw invalidThis(type);
      }
      return entry.#state;
    };
  }

  constructor(key, name, type, start, duration, detail) {
    if (key !== constructing) {
      throw illegalConstructor();
    }
    this.#state = { name, type, start, duration, detail };
  }

  get name() {
    return entryState(this).name;
  }

  get entryType() {
    return entryState(this).type;
  }

  get startTime() {
    return entryState(this).start;
  }

  get duration() {
    return entryState(this).duration;
  }

  [customInspect](depth, options) {
    if (depth < 0) {
      return `[${this.constructor.name}]`;
    }
    return `${this.constructor.name} ${inspect(this.toJSON(), innerOptions(options))}`;
  }

  toJSON() {
    const s = entryState(this);
    return {
      name: s.name,
      entryType: s.type,
      startTime: s.start,
      duration: s.duration,
    };
  }
}

for (const name of ['name', 'entryType', 'startTime', 'duration', 'toJSON']) {
  Object.defineProperty(PerformanceEntry.prototype, name, { enumerable: true });
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  value: 'PerformanceEntry',
  configurable: true,
});

// A `startTime` or the time of a mark: a finite number, not negative.
function validateTimestamp(value, name) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'of type number', value);
  }
  if (value < 0) {
    throw invalidTimestamp(value);
  }
}

function invalidTimestamp(value) {
  return codedError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
    `${value} is not a valid timestamp`);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) {
      throw missingArgs('name');
    }
    name = `${name}`;
    if (options != null) {
      validateObject(options, 'options');
    }
    const startTime = options?.startTime ?? now();
    validateTimestamp(startTime, 'startTime');
    let detail = options?.detail;
    detail = detail != null ? structuredClone(detail) : null;
    super(constructing, name, 'mark', startTime, 0, detail);
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, name, start, duration, detail) {
    super(key, name, 'measure', start, duration, detail);
  }
}

// The entries of Node's own sources (`timerify`'s 'function' entries).
class PerformanceNodeEntry extends PerformanceEntry {}

// Marks, measures and Node's entries carry a `detail`, which their JSON form adds.
for (const Entry of [PerformanceMark, PerformanceMeasure, PerformanceNodeEntry]) {
  const { name } = Entry;
  Object.defineProperties(Entry.prototype, {
    detail: {
      get: function detail() {
        return entryState(this, name).detail;
      },
      enumerable: true,
      configurable: true,
    },
    toJSON: {
      value: function toJSON() {
        return { ...PerformanceEntry.prototype.toJSON.call(this), detail: entryState(this).detail };
      },
      writable: true,
      enumerable: true,
      configurable: true,
    },
    [Symbol.toStringTag]: { value: name, configurable: true },
  });
}

// The buffered entries, each kind in the order made.
const marks = [];
const measures = [];

// The time a measure's start or end names: a number, or the latest mark of that name.
function markTime(name) {
  if (name === undefined) {
    return undefined;
  }
  if (typeof name === 'number') {
    if (name < 0) {
      throw invalidTimestamp(name);
    }
    return name;
  }
  name = `${name}`;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (entryState(marks[i]).name === name) {
      return entryState(marks[i]).start;
    }
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function measureOptionsError(message) {
  return codedError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message);
}

// performance.measure(name[, startMark[, endMark]]) or (name, { start, end,
// duration, detail }): an options bag counts as one only when it names a start or
// an end; without a start the measure starts at the time origin, without an end it
// ends now.
function measure(name, startOrOptions, endMark) {
  name = `${name}`;
  if (startOrOptions === null ||
      (typeof startOrOptions === 'object' && Object.keys(startOrOptions).length === 0)) {
    startOrOptions = undefined;
  }
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw measureOptionsError('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw measureOptionsError(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) {
    endTime = markTime(endMark);
  } else if (optionsValid && end !== undefined) {
    endTime = markTime(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    endTime = markTime(start) + markTime(duration);
  } else {
    endTime = now();
  }
  let startTime;
  if (typeof startOrOptions === 'string') {
    startTime = markTime(startOrOptions);
  } else if (optionsValid && start !== undefined) {
    startTime = markTime(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    startTime = endTime - markTime(duration);
  } else {
    startTime = 0;
  }
  let detail = startOrOptions?.detail;
  detail = detail != null ? structuredClone(detail) : null;
  const entry = new PerformanceMeasure(constructing, name, startTime, endTime - startTime,
    detail);
  measures.push(entry);
  enqueue(entry);
  return entry;
}

// Entry types an observer may ask for (those Node has; jsloop makes only 'mark',
// 'measure' and 'function' entries).
const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark',
  'measure', 'net', 'quic', 'resource']);

// Connected observers, and those with entries to deliver at the next dispatch.
const observers = new Set();
const pendingObservers = new Set();
let dispatchQueued = false;
let observerState;

// Hands a new entry to the observers that watch its type. They get their entries
// together, from one immediate queued by the first entry of a batch.
function enqueue(entry) {
  for (const observer of observers) {
    observerState(observer).offer(entry);
  }
}

function queueDispatch() {
  if (dispatchQueued) {
    return;
  }
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const due = [...pendingObservers];
    pendingObservers.clear();
    for (const observer of due) {
      observerState(observer).dispatch();
    }
  });
}

function observesType(type) {
  for (const observer of observers) {
    if (observerState(observer).types.has(type)) {
      return true;
    }
  }
  return false;
}

function sortedByStart(list) {
  return list.sort((a, b) => entryState(a).start - entryState(b).start);
}

let entryListOf;

class PerformanceObserverEntryList {
  #entries;

  static {
    entryListOf = (entries) => {
      const list = new PerformanceObserverEntryList(constructing);
      list.#entries = entries;
      return list;
    };
  }

  constructor(key) {
    if (key !== constructing) {
      throw illegalConstructor();
    }
    this.#entries = [];
  }

  #check() {
    if (!(#entries in this)) {
      throw invalidThis('PerformanceObserverEntryList');
    }
  }

  getEntries() {
    this.#check();
    return sortedByStart(this.#entries.slice());
  }

  getEntriesByType(type) {
    this.#check();
    if (arguments.length === 0) {
      throw missingArgs('type');
    }
    type = `${type}`;
    return sortedByStart(this.#entries.filter((e) => entryState(e).type === type));
  }

  getEntriesByName(name, type) {
    this.#check();
    if (arguments.length === 0) {
      throw missingArgs('name');
    }
    name = `${name}`;
    type = type === undefined ? undefined : `${type}`;
    return sortedByStart(this.#entries.filter((e) => entryState(e).name === name &&
      (type === undefined || entryState(e).type === type)));
  }

  [customInspect](depth, options) {
    if (depth < 0) {
      return '[PerformanceObserverEntryList]';
    }
    return `PerformanceObserverEntryList ${inspect(this.#entries, innerOptions(options))}`;
  }
}

Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserverEntryList',
  configurable: true,
});

class PerformanceObserver {
  #callback;
  // 'multiple' (observing `entryTypes`), 'single' (`type`, perhaps called again with
  // others) or undefined (not observing).
  #mode;
  #types = new Set();
  #buffer = [];

  static {
    observerState = (o) => {
      if (o === null || typeof o !== 'object' || !(#buffer in o)) {
        throw invalidThis('PerformanceObserver');
      }
      return {
        types: o.#types,
        offer: (entry) => {
          if (o.#types.has(entryState(entry).type)) {
            o.#buffer.push(entry);
            pendingObservers.add(o);
            queueDispatch();
          }
        },
        dispatch: () => {
          const list = entryListOf(o.takeRecords());
          o.#callback.call(o, list, o);
        },
      };
    };
  }

  constructor(callback) {
    if (typeof callback !== 'function') {
      throw invalidArgType('callback', 'of type function', callback);
    }
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw missingArgs('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw invalidArgValue('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    if (this.#mode === undefined) {
      this.#mode = entryTypes !== undefined ? 'multiple' : 'single';
    } else if (this.#mode === 'single' && entryTypes !== undefined) {
      throw new DOMException('PerformanceObserver can not change to multiple observations',
        'InvalidModificationError');
    } else if (this.#mode === 'multiple' && type !== undefined) {
      throw new DOMException('PerformanceObserver can not change to single observation',
        'InvalidModificationError');
    }
    if (this.#mode === 'multiple') {
      if (!Array.isArray(entryTypes)) {
        throw invalidArgType('options.entryTypes', 'string[]', entryTypes);
      }
      this.#types.clear();
      for (const t of entryTypes) {
        if (supportedEntryTypes.includes(t)) {
          this.#types.add(t);
        }
      }
    } else {
      if (!supportedEntryTypes.includes(type)) {
        return;
      }
      this.#types.add(type);
      if (buffered) {
        this.#buffer.push(...entries(undefined, type));
        pendingObservers.add(this);
        queueDispatch();
      }
    }
    if (this.#types.size > 0) {
      observers.add(this);
    } else {
      this.disconnect();
    }
  }

  disconnect() {
    observers.delete(this);
    pendingObservers.delete(this);
    this.#buffer = [];
    this.#types.clear();
    this.#mode = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  [customInspect](depth, options) {
    if (depth < 0) {
      return '[PerformanceObserver]';
    }
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: [...this.#types],
      buffer: this.#buffer,
    }, innerOptions(options))}`;
  }
}

Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserver',
  configurable: true,
});

// performance.timerify(fn): a wrapper that times each call (or construction) and,
// while someone observes 'function' entries, reports it as one whose `detail` (and
// indices) are the arguments. A promise result is timed until it settles.
function timerify(fn, options = {}) {
  if (typeof fn !== 'function') {
    throw invalidArgType('fn', 'of type function', fn);
  }
  validateObject(options, 'options');
  function complete(start, args) {
    if (!observesType('function')) {
      return;
    }
    const entry = new PerformanceNodeEntry(constructing, fn.name, 'function', start,
      now() - start, args);
    for (let i = 0; i < args.length; i++) {
      entry[i] = args[i];
    }
    enqueue(entry);
  }
  function timerified(...args) {
    const start = now();
    const result = new.target ?
      Reflect.construct(fn, args, fn) :
      Reflect.apply(fn, this, args);
    if (!new.target && typeof result?.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timerified;
}

// performance.eventLoopUtilization([elu1[, elu2]]): the loop's idle and active time
// since it started (nothing before it has), or the change since `elu1`, or between
// two readings.
function eventLoopUtilization(util1, util2) {
  const loopStart = clock.loopStart();
  if (loopStart <= 0) {
    return { idle: 0, active: 0, utilization: 0 };
  }
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = clock.idleTime();
  const active = now() - loopStart - idle;
  if (!util1) {
    return { idle, active, utilization: active / (idle + active) };
  }
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return {
    idle: idleDelta,
    active: activeDelta,
    utilization: activeDelta / (idleDelta + activeDelta),
  };
}

// The buffered entries, optionally of one name and type, ordered by start time.
function entries(name, type) {
  let all;
  if (type === 'mark') {
    all = marks.slice();
  } else if (type === 'measure') {
    all = measures.slice();
  } else if (type === undefined) {
    all = [...marks, ...measures];
  } else {
    all = [];
  }
  if (name !== undefined) {
    all = all.filter((e) => entryState(e).name === name);
  }
  return all.sort((a, b) => entryState(a).start - entryState(b).start);
}

function clearEntries(buffer, name) {
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  name = `${name}`;
  const kept = buffer.filter((e) => entryState(e).name !== name);
  buffer.length = 0;
  buffer.push(...kept);
}

let isPerformance;

class Performance extends EventTarget {
  #brand = true;

  static {
    isPerformance = (p) => p !== null && typeof p === 'object' && #brand in p;
  }

  constructor(key) {
    if (key !== constructing) {
      throw illegalConstructor();
    }
    super();
  }

  clearMarks(name) {
    checkPerformance(this);
    clearEntries(marks, name);
  }

  clearMeasures(name) {
    checkPerformance(this);
    clearEntries(measures, name);
  }

  getEntries() {
    checkPerformance(this);
    return entries();
  }

  getEntriesByName(name, type) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw missingArgs('name');
    }
    return entries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw missingArgs('type');
    }
    return entries(undefined, `${type}`);
  }

  mark(name, options) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw missingArgs('name');
    }
    const entry = new PerformanceMark(name, options);
    marks.push(entry);
    enqueue(entry);
    return entry;
  }

  measure(name, startOrOptions, endMark) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw missingArgs('name');
    }
    return measure(name, startOrOptions, endMark);
  }

  now() {
    checkPerformance(this);
    return now();
  }

  get timeOrigin() {
    checkPerformance(this);
    return clock.timeOrigin;
  }

  toJSON() {
    checkPerformance(this);
    return { timeOrigin: clock.timeOrigin };
  }

  [customInspect](depth, options) {
    if (depth < 0) {
      return '[Performance]';
    }
    return `Performance ${inspect({ timeOrigin: clock.timeOrigin }, innerOptions(options))}`;
  }
}

function checkPerformance(p) {
  if (!isPerformance(p)) {
    throw invalidThis('Performance');
  }
}

for (const name of ['clearMarks', 'clearMeasures', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'timeOrigin', 'toJSON']) {
  Object.defineProperty(Performance.prototype, name, { enumerable: true });
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance',
  configurable: true,
});

// performance.nodeTiming: the runtime's milestones, read when asked. The runtime
// starts at the time origin (Node's separate process, V8 and environment starts are
// one moment here); -1 stands for a milestone not reached yet.
class PerformanceNodeTiming {
  constructor(key) {
    if (key !== constructing) {
      throw illegalConstructor();
    }
    const fields = {
      name: { value: 'node' },
      entryType: { value: 'node' },
      startTime: { value: 0 },
      duration: { get: now },
      nodeStart: { get: () => 0 },
      v8Start: { get: () => 0 },
      environment: { get: () => 0 },
      loopStart: { get: clock.loopStart },
      loopExit: { get: clock.loopExit },
      bootstrapComplete: { get: clock.bootstrapComplete },
      idleTime: { get: clock.idleTime },
      uvMetricsInfo: {
        get: () => ({ loopCount: clock.loopCount(), events: 0, eventsWaiting: 0 }),
      },
    };
    for (const field of Object.values(fields)) {
      field.enumerable = true;
      field.configurable = true;
    }
    Object.defineProperties(this, fields);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [customInspect](depth, options) {
    if (depth < 0) {
      return '[PerformanceNodeTiming]';
    }
    return `PerformanceNodeTiming ${inspect(this.toJSON(), innerOptions(options))}`;
  }
}

const nodeTiming = new PerformanceNodeTiming(constructing);

Object.defineProperties(Performance.prototype, {
  eventLoopUtilization: {
    value: eventLoopUtilization, writable: true, enumerable: true, configurable: true,
  },
  nodeTiming: { value: nodeTiming, writable: true, enumerable: true, configurable: true },
  timerify: { value: timerify, writable: true, enumerable: true, configurable: true },
});

const performance = new Performance(constructing);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  eventLoopUtilization,
  timerify,
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
