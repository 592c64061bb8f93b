// `node:util`, after Node's lib/util.js and lib/internal/util/comparisons.js: the
// formatting natives come from Rust (`internal/util`); the function wrappers and the
// deep equality are JavaScript, where they are plain code over other JavaScript.
'use strict';

const natives = require('internal/util');
const { types, invalidArgType } = natives;
const { validateFunction } = require('internal/errors');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const customPromisifySymbol = Symbol.for('nodejs.util.promisify.custom');


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

const { isDeepStrictEqual } = require('internal/comparisons');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throw invalidArgType('str', 'of type string', str);
  }
  // Node's ansi pattern: CSI and OSC sequences.
  return str.replace(
    /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/\#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/\#&.:=?%@~_]*)*)?(?:\u0007|\u001B\u005C|\u009C))|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g,
    '');
}

// The parser is loaded on first use: most programs never call it.
function parseArgs(config = undefined) {
  return require('internal/parse_args').parseArgs(config);
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
  parseArgs,
  promisify,
  stripVTControlCharacters,
  types,
};
