// Node's coded errors (lib/internal/errors.js) as the Buffer and web-platform
// sources throw them: the stack's first line names the code (`RangeError
// [ERR_OUT_OF_RANGE]: ...`) while `name` stays the plain class name.
'use strict';

const util = require('internal/util');

function inspect(v) {
  return require('util').inspect(v);
}

// An error of class `Base` with `code`, shown as Node shows it.
function codedError(Base, code, message) {
  const e = new Base(message);
  Object.defineProperty(e, 'name', {
    value: `${Base.name} [${code}]`,
    configurable: true,
    writable: true,
  });
  // Reading the stack fixes its first line while `name` carries the code.
  e.stack;
  delete e.name;
  e.code = code;
  return e;
}

// 1234567 -> '1_234_567', as Node prints large integers in range errors.
function addNumericalSeparator(text) {
  let res = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    res = `_${text.slice(i - 3, i)}${res}`;
  }
  return `${text.slice(0, i)}${res}`;
}

// ERR_INVALID_ARG_TYPE with Node's wording (`expected` is the phrase after "must
// be").
function invalidArgType(name, expected, value) {
  const { message } = util.invalidArgType(name, expected, value);
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

// The error Node's C++ writers throw for a value that is not a string.
function notAString() {
  const e = new TypeError('argument must be a string');
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

function outOfRange(name, range, value) {
  let received;
  if (typeof value === 'bigint') {
    // Node groups the digits of a BigInt beyond 2n ** 32n too, then adds the `n`.
    received = value > 2n ** 32n || value < -(2n ** 32n) ?
      addNumericalSeparator(String(value)) :
      String(value);
    received += 'n';
  } else {
    received = Number.isInteger(value) && Math.abs(value) > 2 ** 32 ?
      addNumericalSeparator(String(value)) :
      inspect(value);
  }
  return codedError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function bufferOutOfBounds(name) {
  return codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', name ?
    `"${name}" is outside of buffer bounds` :
    'Attempt to access memory outside buffer bounds');
}

function unknownEncoding(encoding) {
  return codedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
}

function invalidArgValue(name, value, reason = 'is invalid') {
  const kind = name.includes('.') ? 'property' : 'argument';
  let shown = inspect(value);
  if (shown.length > 128) {
    shown = `${shown.slice(0, 128)}...`;
  }
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The ${kind} '${name}' ${reason}. Received ${shown}`);
}

// Node's ERR_MISSING_ARGS: `The "a" argument`, `The "a" and "b" arguments`, `The "a",
// "b", and "c" arguments` must be specified.
function missingArgs(...names) {
  const quoted = names.map((name) => `"${name}"`);
  let list;
  if (quoted.length <= 2) {
    list = quoted.join(' and ');
  } else {
    list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  }
  const noun = names.length === 1 ? 'argument' : 'arguments';
  return codedError(TypeError, 'ERR_MISSING_ARGS', `The ${list} ${noun} must be specified`);
}

// Node's AbortError for an operation a signal stopped: the signal's reason is its
// cause.
function abortError(signal) {
  const e = new Error('The operation was aborted', { cause: signal?.reason });
  e.code = 'ABORT_ERR';
  e.name = 'AbortError';
  return e;
}

// Node's validateAbortSignal: anything shaped like an AbortSignal.
function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'an instance of AbortSignal', signal);
  }
}

function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

// A reader of a class's private state (`has` and `read` are made inside the class)
// that throws ERR_INVALID_THIS for any other value, as the web classes' brand checks.
function stateReader(type, has, read) {
  return (value) => {
    if (value === null || typeof value !== 'object' || !has(value)) {
      throw invalidThis(type);
    }
    return read(value);
  };
}

function illegalConstructor() {
  return codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

// Node's validateString.
function validateString(value, name) {
  if (typeof value !== 'string') {
    throw invalidArgType(name, 'of type string', value);
  }
}

// Node's validateFunction.
function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw invalidArgType(name, 'of type function', value);
  }
}

// Node's validateObject for the options bags of the web APIs: any object or
// function passes; `null` passes where `allowNull` says so.
function validateObject(value, name, allowNull = false) {
  if ((value === null && !allowNull) ||
      (value !== null && typeof value !== 'object' && typeof value !== 'function')) {
    throw invalidArgType(name, 'of type object', value);
  }
}

// Node's validateNumber: a number, within [min, max] when they are given.
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'of type number', value);
  }
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}` +
      `${max != null ? `<= ${max}` : ''}`;
    throw outOfRange(name, range, value);
  }
}

// Node's validateInteger.
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
                         max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'of type number', value);
  }
  if (!Number.isInteger(value)) {
    throw outOfRange(name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  }
}

module.exports = {
  codedError,
  invalidArgType,
  notAString,
  invalidArgValue,
  outOfRange,
  bufferOutOfBounds,
  unknownEncoding,
  missingArgs,
  invalidThis,
  stateReader,
  illegalConstructor,
  abortError,
  validateAbortSignal,
  validateString,
  validateFunction,
  validateObject,
  validateNumber,
  validateInteger,
};
