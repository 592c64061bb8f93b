// structuredClone (HTML's StructuredSerializeInternal and StructuredDeserialize in
// one walk, as V8's ValueSerializer treats the types jsloop has): primitives,
// plain objects and arrays (own enumerable properties), Date, RegExp, Map, Set,
// ArrayBuffer and its views, errors, boxed primitives and DOMException. A memory
// map keeps shared references and cycles; ArrayBuffers named in `transfer` are
// detached once the clone has succeeded.
'use strict';

const { types } = require('internal/util');
const { missingArgs } = require('internal/errors');
const DOMException = require('internal/dom_exception');

// The intrinsics the walk reads internal slots through, taken before user code
// can replace them.
const getTime = Date.prototype.getTime;
const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regExpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
const mapForEach = Map.prototype.forEach;
const setForEach = Set.prototype.forEach;
const mapSet = Map.prototype.set;
const setAdd = Set.prototype.add;
const arrayBufferSlice = ArrayBuffer.prototype.slice;
const arrayBufferTransfer = ArrayBuffer.prototype.transfer;
const arrayBufferDetached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached').get;
const typedArrayName = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const numberValue = Number.prototype.valueOf;
const stringValue = String.prototype.valueOf;
const booleanValue = Boolean.prototype.valueOf;
const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

// V8's text for a value it cannot clone: a function's source, a symbol's
// description, or `#<Constructor>`.
function notCloneable(value) {
  let shown;
  if (typeof value === 'function') {
    shown = Function.prototype.toString.call(value);
  } else if (typeof value === 'symbol') {
    shown = value.toString();
  } else {
    let name = 'Object';
    if (!types.isProxy(value)) {
      const proto = Object.getPrototypeOf(value);
      const ctor = proto && Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
      if (typeof ctor === 'function' && ctor.name) {
        name = ctor.name;
      }
    }
    shown = `#<${name}>`;
  }
  return dataCloneError(`${shown} could not be cloned.`);
}

function cloneBuffer(buffer, memory) {
  if (arrayBufferDetached.call(buffer)) {
    throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  }
  const copy = arrayBufferSlice.call(buffer, 0);
  memory.set(buffer, copy);
  return copy;
}

// The own enumerable string-keyed properties of `from`, cloned onto `to`.
function cloneProperties(from, to, memory) {
  for (const key of Object.keys(from)) {
    if (Object.prototype.propertyIsEnumerable.call(from, key)) {
      to[key] = clone(from[key], memory);
    }
  }
  return to;
}

function cloneError(value, memory) {
  const name = value.name;
  const Ctor = Object.hasOwn(errorConstructors, name) ? errorConstructors[name] : Error;
  const copy = Object.create(Ctor.prototype);
  memory.set(value, copy);
  const define = (key, v) => Object.defineProperty(copy, key, {
    __proto__: null, value: v, writable: true, configurable: true, enumerable: false,
  });
  const stack = value.stack;
  if (typeof stack === 'string') {
    define('stack', stack);
  }
  const message = Object.getOwnPropertyDescriptor(value, 'message');
  if (message && 'value' in message) {
    define('message', `${message.value}`);
  }
  if (Object.hasOwn(value, 'cause')) {
    define('cause', clone(value.cause, memory));
  }
  return copy;
}

function clone(value, memory) {
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw notCloneable(value);
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (memory.has(value)) {
    return memory.get(value);
  }
  if (types.isProxy(value) || types.isPromise(value) || types.isWeakMap(value) ||
      types.isWeakSet(value) || types.isGeneratorObject(value) ||
      types.isMapIterator(value) || types.isSetIterator(value) ||
      types.isArgumentsObject(value) || types.isModuleNamespaceObject(value) ||
      types.isSymbolObject(value)) {
    throw notCloneable(value);
  }
  let copy;
  if (types.isBoxedPrimitive(value)) {
    if (types.isNumberObject(value)) {
      copy = new Number(numberValue.call(value));
    } else if (types.isStringObject(value)) {
      copy = new String(stringValue.call(value));
    } else {
      copy = new Boolean(booleanValue.call(value));
    }
    memory.set(value, copy);
    return copy;
  }
  if (types.isDate(value)) {
    copy = new Date(getTime.call(value));
    memory.set(value, copy);
    return copy;
  }
  if (types.isRegExp(value)) {
    copy = new RegExp(regExpSource.call(value), regExpFlags.call(value));
    memory.set(value, copy);
    return copy;
  }
  if (types.isSharedArrayBuffer(value)) {
    // Shared memory is shared, not copied.
    return value;
  }
  if (types.isArrayBuffer(value)) {
    return cloneBuffer(value, memory);
  }
  if (types.isArrayBufferView(value)) {
    const buffer = clone(value.buffer, memory);
    if (types.isDataView(value)) {
      copy = new DataView(buffer, value.byteOffset, value.byteLength);
    } else {
      copy = new globalThis[typedArrayName.call(value)](buffer, value.byteOffset, value.length);
    }
    memory.set(value, copy);
    return copy;
  }
  if (types.isMap(value)) {
    copy = new Map();
    memory.set(value, copy);
    const entries = [];
    mapForEach.call(value, (v, k) => entries.push([k, v]));
    for (const [k, v] of entries) {
      mapSet.call(copy, clone(k, memory), clone(v, memory));
    }
    return copy;
  }
  if (types.isSet(value)) {
    copy = new Set();
    memory.set(value, copy);
    const entries = [];
    setForEach.call(value, (v) => entries.push(v));
    for (const v of entries) {
      setAdd.call(copy, clone(v, memory));
    }
    return copy;
  }
  if (value instanceof DOMException) {
    copy = new DOMException(value.message, value.name);
    Object.defineProperty(copy, 'stack', {
      __proto__: null, value: value.stack, writable: true, configurable: true,
    });
    memory.set(value, copy);
    return copy;
  }
  if (types.isNativeError(value)) {
    return cloneError(value, memory);
  }
  if (Array.isArray(value)) {
    copy = new Array(value.length);
    memory.set(value, copy);
    return cloneProperties(value, copy, memory);
  }
  copy = {};
  memory.set(value, copy);
  return cloneProperties(value, copy, memory);
}

function invalidOptions(message) {
  const e = new TypeError(`Failed to execute 'structuredClone': ${message}`);
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw missingArgs('The value argument must be specified');
  }
  if (options !== undefined && options !== null && typeof options !== 'object' &&
      typeof options !== 'function') {
    throw invalidOptions('Options cannot be converted to a dictionary');
  }
  const transfer = options?.transfer;
  const memory = new Map();
  const transferred = [];
  if (transfer !== undefined) {
    if (transfer === null || typeof transfer[Symbol.iterator] !== 'function' ||
        typeof transfer === 'string') {
      throw invalidOptions('transfer in Options cannot be converted to sequence.');
    }
    for (const buffer of transfer) {
      if (!types.isArrayBuffer(buffer)) {
        throw dataCloneError('Value not transferable');
      }
      if (transferred.includes(buffer)) {
        throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      }
      transferred.push(buffer);
      cloneBuffer(buffer, memory);
    }
  }
  const result = clone(value, memory);
  // The transferred buffers' memory now belongs to the clone: detach the originals.
  for (const buffer of transferred) {
    arrayBufferTransfer.call(buffer);
  }
  return result;
}

module.exports = structuredClone;
