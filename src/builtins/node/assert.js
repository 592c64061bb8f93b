// `node:assert`, after Node's lib/assert.js and lib/internal/assert/: the checks,
// AssertionError with Node's message forms, and the `+ actual - expected` line diff
// (a Myers diff of the two values inspected one property per line).
'use strict';

const { inspect } = require('util');
const { isDeepEqual, isDeepStrictEqual } = require('internal/comparisons');
const { invalidArgType, types, sourceText } = require('internal/util');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;
const kNopLinesToCollapse = 5;
const kMethodsWithDiff = new Set(['deepStrictEqual', 'strictEqual']);

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isError(v) {
  return types.isNativeError(v) || v instanceof Error;
}

function sameLine(actual, expected, commas) {
  return actual === expected ||
    (commas && (actual + ',' === expected || actual === expected + ','));
}

// The Myers shortest edit script from `actual` to `expected` (arrays of lines), as a
// list of [op, line] from the end: op 1 inserts (only in actual), -1 deletes (only
// in expected), 0 keeps. With `commas`, lines differing by a trailing comma match.
function myersDiff(actual, expected, commas) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const v = new Array(2 * max + 2).fill(0);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[k - 1 + max] < v[k + 1 + max]);
      let x = down ? v[k + 1 + max] : v[k - 1 + max] + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y], commas)) {
        x++;
        y++;
      }
      v[k + max] = x;
      if (x >= n && y >= m) {
        return backtrack(trace, actual, expected, commas);
      }
    }
  }
  return [];
}

function backtrack(trace, actual, expected, commas) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const result = [];
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[k - 1 + max] < v[k + 1 + max]) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      result.push([0, commas && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        result.push([1, actual[--x]]);
      } else {
        result.push([-1, expected[--y]]);
      }
    }
  }
  return result;
}

// The diff as text: `+ `/`- ` lines, unchanged lines indented, and long runs of
// unchanged lines collapsed to `...`.
function printDiff(diff) {
  let message = '';
  let skipped = false;
  let nopCount = 0;
  for (let i = diff.length - 1; i >= 0; i--) {
    const [op, line] = diff[i];
    const previous = i < diff.length - 1 ? diff[i + 1][0] : null;
    if (previous === 0 && op !== previous) {
      if (nopCount === kNopLinesToCollapse + 1) {
        message += `  ${diff[i + 1][1]}\n`;
      } else if (nopCount === kNopLinesToCollapse + 2) {
        message += `  ${diff[i + 2][1]}\n`;
        message += `  ${diff[i + 1][1]}\n`;
      } else if (nopCount >= kNopLinesToCollapse + 3) {
        message += '...\n';
        message += `  ${diff[i + 1][1]}\n`;
        skipped = true;
      }
      nopCount = 0;
    }
    if (op === 1) {
      message += `+ ${line}\n`;
    } else if (op === -1) {
      message += `- ${line}\n`;
    } else {
      if (nopCount < kNopLinesToCollapse) {
        message += `  ${line}\n`;
      }
      nopCount++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

function stackedDiff(actual, expected, strings) {
  let message = `\n+ ${actual}\n- ${expected}`;
  // A caret under the first difference, for strings short enough to line up.
  if (strings && actual.length + expected.length <= 80) {
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        if (i >= 3) {
          message += `\n${' '.repeat(i + 2)}^`;
        }
        break;
      }
    }
  }
  return message;
}

function createErrDiff(actual, expected, operator, customMessage) {
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  let header = '+ actual - expected';
  let message;
  let skipped = false;
  const simple = actualLines.length === 1 && expectedLines.length === 1 &&
    (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null);
  if (simple) {
    let length = actualLines[0].length + expectedLines[0].length;
    if (typeof actual === 'string') {
      length -= 2;
    }
    if (typeof expected === 'string') {
      length -= 2;
    }
    if (length <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
      message = `${actualLines[0]} !== ${expectedLines[0]}`;
      header = '';
    } else {
      message = stackedDiff(actualLines[0], expectedLines[0],
        typeof actual === 'string' && typeof expected === 'string');
    }
  } else if (inspectedActual === inspectedExpected) {
    operator = 'notIdentical';
    if (actualLines.length > 50) {
      message = `${actualLines.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = actualLines.join('\n');
    }
    header = '';
  } else {
    const commas = actual != null && typeof actual === 'object';
    const printed = printDiff(myersDiff(actualLines, expectedLines, commas));
    message = printed.message;
    skipped = printed.skipped;
  }
  const headerMessage = `${customMessage || kReadableOperator[operator]}\n${header}`;
  return `${headerMessage}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// An error's copy that shows no stack when inspected for a message (`[Error: a]`).
function copyError(source) {
  const target = new Error(source.message);
  Object.setPrototypeOf(target, Object.getPrototypeOf(source));
  Object.defineProperty(target, 'stack', { value: undefined, configurable: true, writable: true });
  Object.assign(target, source);
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (isError(cause)) {
      cause = copyError(cause);
    }
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

function generatedMessage(actual, expected, operator) {
  if (kMethodsWithDiff.has(operator)) {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    if (lines.length === 1) {
      return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    }
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > kMaxLongStringLength) {
    res = `${res.slice(0, 509)}...`;
  }
  if (other.length > kMaxLongStringLength) {
    other = `${other.slice(0, 509)}...`;
  }
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else if (kReadableOperator[`${operator}Unequal`]) {
    res = `${kReadableOperator[`${operator}Unequal`]}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
  } else {
    other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > kMaxLongStringLength) {
    return `${string.slice(kMaxLongStringLength)}...`;
  }
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    const { message, operator, diff = 'simple' } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      text = kMethodsWithDiff.has(operator)
        ? createErrDiff(actual, expected, operator, message)
        : String(message);
    } else {
      if (isError(actual) && 'stack' in actual && isError(expected) && 'stack' in expected) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = generatedMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = !message;
    // The stack's first line names the code; the name itself does not.
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    // The stack starts at the caller, as Error.captureStackTrace(this, fn) makes it
    // in Node: the frames of this module are left out.
    this.stack = String(this.stack).split('\n')
      .filter((line) => !/^\s+at .*\(?node:assert:/.test(line))
      .join('\n');
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') {
      this.actual = addEllipsis(actual);
    }
    if (typeof expected === 'string') {
      this.expected = addEllipsis(expected);
    }
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = actual;
    this.expected = expected;
    return result;
  }
}

function innerFail(obj) {
  if (obj.message instanceof Error) {
    throw obj.message;
  }
  throw new AssertionError(obj);
}

function missingArgs() {
  const e = new TypeError('The "actual" and "expected" arguments must be specified');
  e.code = 'ERR_MISSING_ARGS';
  return e;
}

// The source of the failed `assert(...)` call, from the first stack frame outside
// the built-in modules: Node quotes it in assert.ok's message.
function failedCallSource() {
  const frames = String(new Error().stack).split('\n').slice(1);
  for (const frame of frames) {
    const found = /\(?([^()\s]+):(\d+):(\d+)\)?$/.exec(frame.trim());
    if (!found || found[1].startsWith('node:')) {
      continue;
    }
    const text = sourceText(found[1]);
    if (text === undefined) {
      return undefined;
    }
    return callAt(text.split('\n'), Number(found[2]) - 1, Number(found[3]) - 1);
  }
  return undefined;
}

// The call expression around column `column` of line `row`: back over the callee's
// name, forward to the parenthesis that closes its arguments (strings skipped). A
// call spanning several lines shows as its first line, as Node 24 shows it.
function callAt(lines, row, column) {
  const line = lines[row];
  if (line === undefined) {
    return undefined;
  }
  let start = column;
  while (start > 0 && /[\w$.]/.test(line[start - 1])) {
    start--;
  }
  let depth = 0;
  let quote = null;
  for (let r = row, c = column; r < lines.length; r++, c = 0) {
    const text = lines[r];
    for (; c < text.length; c++) {
      const ch = text[c];
      if (quote) {
        if (ch === '\\') {
          c++;
        } else if (ch === quote) {
          quote = null;
        }
      } else if (ch === '\'' || ch === '"' || ch === '`') {
        quote = ch;
      } else if (ch === '(') {
        depth++;
      } else if (ch === ')' && --depth === 0) {
        return r === row ? line.slice(start, c + 1) : line.slice(start).trimEnd();
      }
    }
  }
  return line.slice(start).trimEnd();
}

function innerOk(fn, argLen, value, message) {
  if (value) {
    return;
  }
  let generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    const code = failedCallSource();
    if (code !== undefined) {
      message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
    }
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
assert.AssertionError = AssertionError;
assert.ok = ok;

assert.fail = function fail(actual, expected, message, operator) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else if (argsLen === 2) {
    operator = '!=';
  }
  if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual, expected, operator: operator === undefined ? 'fail' : operator, message,
  });
  if (internalMessage) {
    err.generatedMessage = true;
  }
  throw err;
};

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) {
    throw missingArgs();
  }
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==' });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw missingArgs();
  }
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=' });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw missingArgs();
  }
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual' });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw missingArgs();
  }
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual' });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw missingArgs();
  }
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual' });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw missingArgs();
  }
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual' });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw missingArgs();
  }
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual' });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw missingArgs();
  }
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual' });
  }
};

// Node's order of the exports (Object.keys(assert) shows it).
assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(obj[key]) &&
            obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual' });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name });
  }
}

function invalidArgValue(name, value, reason) {
  const e = new TypeError(`The argument '${name}' ${reason}. Received ${inspect(value)}`);
  e.code = 'ERR_INVALID_ARG_VALUE';
  return e;
}

// Whether the thrown `actual` passes `expected`: a RegExp its string must match, a
// validation object whose keys it must share, an Error class it must be an instance
// of, or a validation function that must return true.
function expectedException(actual, expected, message, fn) {
  let generated = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) {
        return;
      }
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual' });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw invalidArgValue('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected) || expected === Error) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) {
          message += `\n\nError message:\n\n${actual.message}`;
        }
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generated = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (isError(actual)) {
          message += `\n\nCaught error:\n\n${actual}`;
        }
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name });
    err.generatedMessage = generated;
    throw err;
  }
}

const NO_EXCEPTION = {};

function getActual(fn) {
  if (typeof fn !== 'function') {
    throw invalidArgType('fn', 'of type function', fn);
  }
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(v) {
  return types.isPromise(v) ||
    (v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function');
}

async function waitForActual(promiseFn) {
  let result;
  if (typeof promiseFn === 'function') {
    result = promiseFn();
    if (!isPromiseLike(result)) {
      const got = result === null || typeof result === 'object'
        ? invalidArgType('x', 'x', result).message.replace(/^.* Received /, '')
        : `type ${typeof result} (${inspect(result)})`;
      const e = new TypeError('Expected instance of Promise to be returned from the "promiseFn"' +
        ` function but got ${got}.`);
      e.code = 'ERR_INVALID_RETURN_VALUE';
      throw e;
    }
  } else if (isPromiseLike(promiseFn)) {
    result = promiseFn;
  } else {
    throw invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
  }
  try {
    await result;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(fn, actual, ...args) {
  let [error, message] = args;
  if (typeof error === 'string') {
    if (args.length === 2) {
      throw invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw ambiguous(`The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw ambiguous(`The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) {
      details += ` (${error.name})`;
    }
    details += message ? `: ${message}` : '.';
    const kind = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${kind}${details}` });
  }
  if (error) {
    expectedException(actual, error, message, fn);
  }
}

function ambiguous(reason) {
  const e = new TypeError(`The "error/message" argument is ambiguous. ${reason}`);
  e.code = 'ERR_AMBIGUOUS_ARGUMENT';
  return e;
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      return expected.exec(String(actual)) !== null;
    }
    throw invalidArgType('expected', 'of type function or an instance of RegExp', expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) {
    return true;
  }
  if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    return false;
  }
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) {
    return;
  }
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`,
    });
  }
  throw actual;
}

assert.throws = function throws(fn, ...args) {
  expectsError(throws, getActual(fn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) {
        message += err.constructor.name;
      } else {
        message += err.message;
      }
    } else {
      message += inspect(err);
    }
    throw new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!types.isRegExp(regexp)) {
    throw invalidArgType('regexp', 'an instance of RegExp', regexp);
  }
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) {
      throw message;
    }
    const generated = !message;
    message = message || (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : (match
        ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name });
    err.generatedMessage = generated;
    throw err;
  }
}

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
