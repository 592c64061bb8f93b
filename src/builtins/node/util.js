// `node:util`, after Node's lib/util.js and lib/internal/util/comparisons.js: the
// formatting natives come from Rust (`internal/util`); the function wrappers and the
// deep equality are JavaScript, where they are plain code over other JavaScript.
'use strict';

const natives = require('internal/util');
const { types, invalidArgType } = natives;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const customPromisifySymbol = Symbol.for('nodejs.util.promisify.custom');


function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw invalidArgType(name, 'of type function', value);
  }
}

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

// util.inspect(value[, options]) or the legacy (value, showHidden, depth, colors).
function inspect(value, opts) {
  const ctx = { ...inspectDefaultOptions };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) {
        ctx.depth = arguments[2];
      }
      if (arguments.length > 3 && arguments[3] !== undefined) {
        ctx.colors = arguments[3];
      }
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (Object.prototype.hasOwnProperty.call(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        }
      }
    }
  }
  return natives.inspect(value, ctx);
}
inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});

function format(...args) {
  return natives.format(...args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'of type object', inspectOptions);
  }
  return natives.formatWithOptions(inspectOptions, ...args);
}

// Copies `original`'s own properties (name and length included) onto `fn`.
function copyProperties(fn, original, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (adjust) {
    adjust(descriptors);
  }
  for (const descriptor of Object.values(descriptors)) {
    Object.setPrototypeOf(descriptor, null);
  }
  return Object.defineProperties(fn, descriptors);
}

// util.promisify(original): a function returning a promise settled by the callback
// `original` is called with; `original[util.promisify.custom]` replaces it.
function promisify(original) {
  validateFunction(original, 'original');
  if (original[customPromisifySymbol]) {
    const fn = original[customPromisifySymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, customPromisifySymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          return reject(err);
        }
        resolve(values[0]);
      });
      if (types.isPromise(Reflect.apply(original, this, args))) {
        process.emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
          'DeprecationWarning', 'DEP0174');
      }
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, customPromisifySymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyProperties(fn, original);
}
promisify.custom = customPromisifySymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection cannot be told from success by the callback: Node wraps it.
  if (!reason) {
    const e = new Error('Promise was rejected with falsy value');
    e.code = 'ERR_FALSY_VALUE_REJECTION';
    e.reason = reason;
    reason = e;
  }
  return cb(reason);
}

// util.callbackify(original): the async function as a callback-last function whose
// callback runs from a tick.
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  return copyProperties(callbackified, original, (descriptors) => {
    if (typeof descriptors.length.value === 'number') {
      descriptors.length.value++;
    }
    if (typeof descriptors.name.value === 'string') {
      descriptors.name.value += 'Callbackified';
    }
  });
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw invalidArgType('ctor', 'of type function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'of type function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();

// util.deprecate(fn, msg[, code]): `fn` that emits a DeprecationWarning the first
// time it is called (once per code across functions).
function deprecate(fn, msg, code) {
  validateFunction(fn, 'fn');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (new.target) {
      return Reflect.construct(fn, args, new.target);
    }
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) {
    deprecated.prototype = fn.prototype;
  }
  return deprecated;
}

const objectToString = (v) => Object.prototype.toString.call(v);

function isEnumerableSymbolKeys(o) {
  return Object.getOwnPropertySymbols(o).filter((s) => Object.prototype.propertyIsEnumerable.call(o, s));
}

// The keys deep equality compares: own enumerable string keys (array indices left
// to the element comparison) and own enumerable symbols.
function comparedKeys(o, skipIndices) {
  let keys = Object.keys(o);
  if (skipIndices) {
    keys = keys.filter((k) => !(String(k >>> 0) === k && k >>> 0 !== 2 ** 32 - 1));
  }
  return keys.concat(isEnumerableSymbolKeys(o));
}

// isDeepStrictEqual(a, b): Node's strict deep equality (comparisons.js): same
// prototypes and tags, primitives by Object.is, the same own enumerable keys with
// deeply equal values, Map and Set entries regardless of order, and cycles matched
// pairwise.
function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, undefined);
}

function innerDeepEqual(a, b, memos) {
  if (a === b) {
    return a !== 0 || Object.is(a, b);
  }
  if (typeof a !== 'object') {
    return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    return false;
  }
  const tag = objectToString(a);
  if (tag !== objectToString(b)) {
    return false;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    const keysA = comparedKeys(a, true);
    if (keysA.length !== comparedKeys(b, true).length) {
      return false;
    }
    return keyCheck(a, b, memos, 'array', keysA);
  }
  if (tag === '[object Object]' && !types.isBoxedPrimitive(a) && !types.isNativeError(a) &&
      !(a instanceof Error)) {
    if (types.isBoxedPrimitive(b) || types.isNativeError(b)) {
      return false;
    }
    return keyCheck(a, b, memos, 'object');
  }
  if (tag === '[object Date]' && typeof Date.prototype?.getTime === 'function') {
    if (!Object.is(Date.prototype.getTime.call(a), Date.prototype.getTime.call(b))) {
      return false;
    }
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (types.isNativeError(a) || a instanceof Error) {
    if ((!types.isNativeError(b) && !(b instanceof Error)) ||
        a.message !== b.message || a.name !== b.name) {
      return false;
    }
    if ('cause' in a !== 'cause' in b || !innerDeepEqual(a.cause, b.cause, memos)) {
      return false;
    }
    if ('errors' in a !== 'errors' in b || !innerDeepEqual(a.errors, b.errors, memos)) {
      return false;
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf()) ||
        types.isNumberObject(a) !== types.isNumberObject(b) ||
        types.isStringObject(a) !== types.isStringObject(b) ||
        types.isBooleanObject(a) !== types.isBooleanObject(b) ||
        types.isSymbolObject(a) !== types.isSymbolObject(b)) {
      return false;
    }
  } else if (types.isBoxedPrimitive(b) || types.isNativeError(b)) {
    return false;
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) {
      return false;
    }
    return keyCheck(a, b, memos, 'set');
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) {
      return false;
    }
    return keyCheck(a, b, memos, 'map');
  } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
    return false;
  }
  return keyCheck(a, b, memos, 'object');
}

function keyCheck(a, b, memos, kind, keysA) {
  if (keysA === undefined) {
    keysA = comparedKeys(a, false);
    if (keysA.length !== comparedKeys(b, false).length) {
      return false;
    }
  }
  for (const key of keysA) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) {
      return false;
    }
  }
  // Cycles: a pair already being compared counts as equal.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const seenA = memos.a.get(a);
    if (seenA !== undefined) {
      const seenB = memos.b.get(b);
      if (seenB !== undefined) {
        return seenA === seenB;
      }
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = objEquiv(a, b, memos, kind, keysA);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function objEquiv(a, b, memos, kind, keys) {
  if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      const hasA = Object.prototype.hasOwnProperty.call(a, i);
      if (hasA !== Object.prototype.hasOwnProperty.call(b, i)) {
        return false;
      }
      if (hasA && !innerDeepEqual(a[i], b[i], memos)) {
        return false;
      }
    }
  } else if (kind === 'set') {
    if (!setEquiv(a, b, memos)) {
      return false;
    }
  } else if (kind === 'map') {
    if (!mapEquiv(a, b, memos)) {
      return false;
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], memos)) {
      return false;
    }
  }
  return true;
}

function setEquiv(a, b, memos) {
  const pending = [];
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      pending.push(value);
    } else if (!b.has(value)) {
      return false;
    }
  }
  if (pending.length === 0) {
    return true;
  }
  const candidates = [];
  for (const value of b) {
    if (typeof value === 'object' && value !== null && !a.has(value)) {
      candidates.push(value);
    } else if (typeof value === 'object' && value !== null) {
      pending.splice(pending.indexOf(value), 1);
    }
  }
  for (const value of pending) {
    const i = candidates.findIndex((c) => innerDeepEqual(value, c, memos));
    if (i === -1) {
      return false;
    }
    candidates.splice(i, 1);
  }
  return candidates.length === 0;
}

function mapEquiv(a, b, memos) {
  const pending = [];
  for (const [key, value] of a) {
    if (typeof key === 'object' && key !== null && !b.has(key)) {
      pending.push([key, value]);
    } else if (!b.has(key) || !innerDeepEqual(value, b.get(key), memos)) {
      return false;
    }
  }
  if (pending.length === 0) {
    return true;
  }
  const candidates = [];
  for (const [key, value] of b) {
    if (typeof key === 'object' && key !== null && !a.has(key)) {
      candidates.push([key, value]);
    }
  }
  for (const [key, value] of pending) {
    const i = candidates.findIndex(([k, v]) =>
      innerDeepEqual(key, k, memos) && innerDeepEqual(value, v, memos));
    if (i === -1) {
      return false;
    }
    candidates.splice(i, 1);
  }
  return candidates.length === 0;
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throw invalidArgType('str', 'of type string', str);
  }
  // Node's ansi pattern: CSI and OSC sequences.
  return str.replace(
    /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/\#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/\#&.:=?%@~_]*)*)?(?:\u0007|\u001B\u005C|\u009C))|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g,
    '');
}

module.exports = {
  callbackify,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  types,
};
