// The User Timing part of `performance` (W3C High Resolution Time and User Timing
// Level 3), as Node's lib/internal/perf/ has it: marks and measures kept in a
// buffer, read back ordered by start time, on the event loop's clock.
'use strict';

const clock = require('internal/clock');
const {
  codedError, invalidArgType, illegalConstructor, invalidThis, missingArgs, validateObject,
} = require('internal/errors');
const { EventTarget } = require('internal/event_target');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const now = clock.now;

function inspect(value, options) {
  return require('util').inspect(value, options);
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
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
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

// Marks and measures both carry a `detail`, which their JSON form adds.
for (const Entry of [PerformanceMark, PerformanceMeasure]) {
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
  return entry;
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
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `Performance ${inspect({ timeOrigin: clock.timeOrigin }, opts)}`;
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

const performance = new Performance(constructing);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  performance,
};
