// `node:buffer`, after Node's lib/buffer.js: Buffer is a Uint8Array whose prototype
// adds the encodings and the integer and float accessors. Small buffers are cut
// from a shared pool as Node cuts them (`buf.buffer` may be bigger than `buf`);
// the encoders and byte loops are native (`internal/buffer`).
'use strict';

const natives = require('internal/buffer');
const {
  codedError, invalidArgType, invalidArgValue, outOfRange, bufferOutOfBounds,
  unknownEncoding, missingArgs, validateNumber, validateInteger, notAString,
} = require('internal/errors');

const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 2 ** 29 - 24;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');

const isUint8Array = (v) => ArrayBuffer.isView(v) && !(v instanceof DataView) &&
  Object.prototype.toString.call(v) === '[object Uint8Array]';
const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer || v instanceof SharedArrayBuffer;

// The view every Buffer is: construction never runs Buffer()'s argument juggling.
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// The pool small buffers share (Node's createPool / alignPool).
let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool() {
  // Keeps the next buffer 8-byte aligned.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

// Node's normalizeEncoding: the canonical name, or undefined for an unknown one.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') {
    return 'utf8';
  }
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

// Node's getEncodingOps: like normalizeEncoding, but the empty name is unknown.
function encodingOf(enc) {
  if (`${enc}` === '') {
    return undefined;
  }
  return normalizeEncoding(enc);
}

function base64ByteLength(str, bytes) {
  // Padding counts for nothing; four digits are three bytes.
  if (str.charCodeAt(bytes - 1) === 0x3D) {
    bytes--;
  }
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) {
    bytes--;
  }
  return (bytes * 3) >>> 2;
}

function byteLengthOf(string, encoding) {
  switch (encoding) {
    case 'utf16le': return string.length * 2;
    case 'latin1': case 'ascii': return string.length;
    case 'hex': return string.length >>> 1;
    case 'base64': case 'base64url': return base64ByteLength(string, string.length);
    default: return natives.byteLengthUtf8(string);
  }
}

function createFromString(string, encoding) {
  return new FastBuffer(natives.encode(string, encoding));
}

function fromString(string, encoding) {
  if (!encoding || encoding === 'utf8' || typeof encoding !== 'string') {
    encoding = 'utf8';
  } else {
    const normalized = encodingOf(encoding);
    if (normalized === undefined) {
      throw unknownEncoding(encoding);
    }
    encoding = normalized;
  }
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) {
    return createFromString(string, encoding);
  }
  length *= 4;
  if (length >= maxLength) {
    length = byteLengthOf(string, encoding);
  }
  if (length >= maxLength) {
    return createFromString(string, encoding);
  }
  if (length > poolSize - poolOffset) {
    createPool();
  }
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = natives.write(b, string, 0, length, encoding);
  if (actual !== length) {
    b = new FastBuffer(allocPool, poolOffset, actual);
  }
  poolOffset += actual;
  alignPool();
  return b;
}

function fromArrayLike(obj) {
  if (obj.length <= 0) {
    return new FastBuffer();
  }
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > poolSize - poolOffset) {
      createPool();
    }
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    Uint8Array.prototype.set.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) {
      byteOffset = 0;
    }
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) {
    throw bufferOutOfBounds('offset');
  }
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) {
        throw bufferOutOfBounds('length');
      }
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') {
      return new FastBuffer();
    }
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) {
    return fromArrayLike(obj.data);
  }
  return undefined;
}

function allocate(size) {
  if (size <= 0) {
    return new FastBuffer();
  }
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) {
      createPool();
    }
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

let deprecationWarned = false;

// Buffer(arg) without `new`, the old API: Node warns once (DEP0005).
function Buffer(arg, encodingOrOffset, length) {
  if (!deprecationWarned) {
    deprecationWarned = true;
    process.emitWarning(
      'Buffer() is deprecated due to security and usability issues. Please use the ' +
      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
      'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw invalidArgType('string', 'of type string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 64 * 1024;
createPool();

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    return fromString(value, encodingOrOffset);
  }
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) {
      return fromArrayBuffer(value, encodingOrOffset, length);
    }
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) {
      return b;
    }
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') {
        return fromString(primitive, encodingOrOffset);
      }
    }
  }
  throw invalidArgType('first argument', 'of type string or an instance of Buffer, ' +
    'ArrayBuffer, or Array or an Array-like Object', value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw invalidArgType('view', 'an instance of TypedArray', view);
  }
  const viewLength = view.length;
  if (viewLength === 0) {
    return Buffer.alloc(0);
  }
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) {
        return Buffer.alloc(0);
      }
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.slice(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let k = 0; k < items.length; k++) {
    b[k] = items[k];
  }
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillBuffer(new FastBuffer(size), fill, 0, size, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) {
    throw invalidArgType('buf1', 'an instance of Buffer or Uint8Array', buf1);
  }
  if (!isUint8Array(buf2)) {
    throw invalidArgType('buf2', 'an instance of Buffer or Uint8Array', buf2);
  }
  if (buf1 === buf2) {
    return 0;
  }
  return natives.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) {
    throw invalidArgType('list', 'an instance of Array', list);
  }
  if (list.length === 0) {
    return new FastBuffer();
  }
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) {
        length += list[i].length;
      }
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', buf);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) {
    Uint8Array.prototype.fill.call(buffer, 0, pos, length);
  }
  return buffer;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) {
      return string.byteLength;
    }
    throw invalidArgType('string',
      'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  if (string.length === 0) {
    return 0;
  }
  const normalized = encoding ? encodingOf(encoding) : 'utf8';
  return byteLengthOf(string, normalized === undefined ? 'utf8' : normalized);
};

// Node's validateOffset: an integer in [min, max].
function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) {
    nb = sourceLen;
  }
  if (nb <= 0) {
    return 0;
  }
  const bytes = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  Uint8Array.prototype.set.call(target, bytes, targetStart);
  return nb;
}

function copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) {
    throw invalidArgType('source', 'an instance of Buffer or Uint8Array', source);
  }
  if (!isUint8Array(target)) {
    throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) {
      throw outOfRange('targetStart', '>= 0', targetStart);
    }
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw outOfRange('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) {
      throw outOfRange('sourceEnd', '>= 0', sourceEnd);
    }
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) {
    return 0;
  }
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

// Node's _fill, shared by alloc(size, fill) and buf.fill().
function fillBuffer(buf, value, offset, end, encoding) {
  let normalized;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      if (typeof encoding !== 'string') {
        throw invalidArgType('encoding', 'of type string', encoding);
      }
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((normalized === 'utf8' && code < 128) || normalized === 'latin1') {
        value = code;
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) {
      return buf;
    }
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) {
    if (offset > end || end > buf.byteLength) {
      throw bufferOutOfBounds();
    }
    Uint8Array.prototype.fill.call(buf, Number(value) & 255, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = new Uint8Array(natives.encode(value, normalized));
  } else if (isUint8Array(value)) {
    pattern = value;
  } else if (ArrayBuffer.isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    Uint8Array.prototype.fill.call(buf, Number(value) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) {
    throw invalidArgValue('value', value);
  }
  natives.fill(buf, pattern, offset, end);
  return buf;
}

const proto = Buffer.prototype;

// Node's getters for code written against the old Buffer.
Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) {
      return undefined;
    }
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) {
      return undefined;
    }
    return this.byteOffset;
  },
});

// The per-encoding slice and write methods Node's prototype has (`buf.hexSlice`).
for (const [name, encoding] of [
  ['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8'],
]) {
  Object.defineProperty(proto, `${name}Slice`, {
    __proto__: null,
    writable: true,
    configurable: true,
    value: {
      [`${name}Slice`](start, end) {
        return natives.decode(this, encoding, start, end);
      },
    }[`${name}Slice`],
  });
  Object.defineProperty(proto, `${name}Write`, {
    __proto__: null,
    writable: true,
    configurable: true,
    value: {
      [`${name}Write`](string, offset = 0, length = this.length - offset) {
        if (typeof string !== 'string') {
          throw notAString();
        }
        if (offset > this.length) {
          throw bufferOutOfBounds('offset');
        }
        return natives.write(this, string, offset, length, encoding);
      },
    }[`${name}Write`],
  });
}

function defineMethods(target, methods) {
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(target, key, {
      __proto__: null,
      value: methods[key],
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}

defineMethods(proto, {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return copy(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (arguments.length === 0) {
      return natives.decode(this, 'utf8', 0, this.length);
    }
    const len = this.length;
    if (start <= 0) {
      start = 0;
    } else if (start >= len) {
      return '';
    } else {
      start = Math.trunc(start) || 0;
    }
    if (end === undefined || end > len) {
      end = len;
    } else {
      end = Math.trunc(end) || 0;
    }
    if (end <= start) {
      return '';
    }
    const normalized = encoding === undefined ? 'utf8' : encodingOf(encoding);
    if (normalized === undefined) {
      throw unknownEncoding(encoding);
    }
    return natives.decode(this, normalized, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw invalidArgType('otherBuffer', 'an instance of Buffer or Uint8Array', otherBuffer);
    }
    if (this === otherBuffer) {
      return true;
    }
    if (this.byteLength !== otherBuffer.byteLength) {
      return false;
    }
    return this.byteLength === 0 || natives.compare(this, otherBuffer) === 0;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) {
      throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
    }
    if (arguments.length === 1) {
      return natives.compare(this, target);
    }
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      validateOffset(targetStart, 'targetStart');
    }
    if (targetEnd === undefined) {
      targetEnd = target.length;
    } else {
      validateOffset(targetEnd, 'targetEnd', 0, target.length);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      validateOffset(sourceStart, 'sourceStart');
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.length;
    } else {
      validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    }
    if (sourceStart >= sourceEnd) {
      return targetStart >= targetEnd ? 0 : -1;
    }
    if (targetStart >= targetEnd) {
      return 1;
    }
    const a = new Uint8Array(this.buffer, this.byteOffset + sourceStart,
      Math.max(0, Math.min(sourceEnd, this.length) - sourceStart));
    const b = new Uint8Array(target.buffer, target.byteOffset + targetStart,
      Math.max(0, Math.min(targetEnd, target.length) - targetStart));
    return natives.compare(a, b);
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') {
      throw notAString();
    }
    if (offset === undefined) {
      return natives.write(this, string, 0, this.length, 'utf8');
    }
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) {
          length = remaining;
        }
      }
    }
    const normalized = !encoding ? 'utf8' : encodingOf(encoding);
    if (normalized === undefined) {
      throw unknownEncoding(encoding);
    }
    return natives.write(this, string, offset, length, normalized);
  },

  toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) {
      data[i] = this[i];
    }
    return { type: 'Buffer', data };
  },

  subarray(start, end) {
    return Uint8Array.prototype.subarray.call(this, start, end);
  },

  slice(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  swap16() {
    return swapEach(this, 2, '16-bits');
  },

  swap32() {
    return swapEach(this, 4, '32-bits');
  },

  swap64() {
    return swapEach(this, 8, '64-bits');
  },

  // `<Buffer 68 69>`: the first INSPECT_MAX_BYTES bytes in hex, then the own
  // enumerable properties that are not indices.
  [customInspectSymbol](recurseTimes, ctx) {
    const max = module.exports.INSPECT_MAX_BYTES;
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = natives.decode(this, 'hex', 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) {
      str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    }
    if (ctx) {
      let extras = false;
      const obj = { __proto__: null };
      for (const key of Reflect.ownKeys(this)) {
        const isIndex = typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key);
        if (isIndex) {
          continue;
        }
        if (ctx.showHidden || Object.prototype.propertyIsEnumerable.call(this, key)) {
          extras = true;
          obj[key] = this[key];
        }
      }
      if (extras) {
        if (this.length !== 0) {
          str += ', ';
        }
        str += require('util').inspect(obj, {
          ...ctx,
          breakLength: Infinity,
          compact: true,
        }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  },
});
proto.toLocaleString = proto.toString;

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) {
    return 0;
  }
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function swapEach(buf, size, name) {
  const len = buf.length;
  if (len % size !== 0) {
    throw codedError(RangeError, 'ERR_INVALID_BUFFER_SIZE',
      `Buffer size must be a multiple of ${name}`);
  }
  for (let i = 0; i < len; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) {
    byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  }
  if (typeof val === 'number') {
    return natives.indexOf(buffer, new Uint8Array([val >>> 0]), byteOffset, dir);
  }
  const normalized = encoding === undefined ? 'utf8' : encodingOf(encoding);
  if (typeof val === 'string') {
    if (normalized === undefined) {
      throw unknownEncoding(encoding);
    }
    return natives.indexOf(buffer, new Uint8Array(natives.encode(val, normalized)),
      byteOffset, dir);
  }
  if (isUint8Array(val)) {
    return natives.indexOf(buffer, val, byteOffset, dir);
  }
  throw invalidArgType('value',
    'one of type number or string or an instance of Buffer or Uint8Array', val);
}

// The integer and float accessors (Node's lib/internal/buffer.js).

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) {
    throw bufferOutOfBounds();
  }
  throw outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Checks that bytes offset..offset+size-1 exist, as Node's readers do.
function checkRead(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) {
    throw invalidArgType('byteLength', 'of type number', byteLength);
  }
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// The unsigned value of `size` bytes at `offset`, little- or big-endian.
function readUnsigned(buf, offset, size, little) {
  checkRead(buf, offset, size);
  let value = 0;
  for (let i = 0; i < size; i++) {
    const byte = buf[little ? offset + size - 1 - i : offset + i];
    value = value * 256 + byte;
  }
  return value;
}

function readSigned(buf, offset, size, little) {
  const value = readUnsigned(buf, offset, size, little);
  const limit = 2 ** (8 * size - 1);
  return value >= limit ? value - 2 * limit : value;
}

// Node's checkInt and the writers' range texts.
function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) {
    let range;
    if (size > 4) {
      const bits = size * 8;
      range = min === 0 ? `>= 0 and < 2 ** ${bits}` :
        `>= -(2 ** ${bits - 1}) and < 2 ** ${bits - 1}`;
    } else {
      range = `>= ${min} and <= ${max}`;
    }
    throw outOfRange('value', range, value);
  }
  checkRead(buf, offset, size);
}

function writeInteger(buf, value, offset, size, little, signed) {
  value = +value;
  const bits = 8 * size;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  checkInt(value, min, max, buf, offset, size);
  let rest = value < 0 ? value + 2 ** bits : value;
  for (let i = 0; i < size; i++) {
    const byte = rest % 256;
    rest = Math.floor(rest / 256);
    buf[little ? offset + i : offset + size - 1 - i] = byte;
  }
  return offset + size;
}

const scratch = new DataView(new ArrayBuffer(8));

function readFloat(buf, offset, size, little) {
  checkRead(buf, offset, size);
  for (let i = 0; i < size; i++) {
    scratch.setUint8(i, buf[offset + i]);
  }
  return size === 4 ? scratch.getFloat32(0, little) : scratch.getFloat64(0, little);
}

function writeFloat(buf, value, offset, size, little) {
  value = +value;
  checkRead(buf, offset, size);
  if (size === 4) {
    scratch.setFloat32(0, value, little);
  } else {
    scratch.setFloat64(0, value, little);
  }
  for (let i = 0; i < size; i++) {
    buf[offset + i] = scratch.getUint8(i);
  }
  return offset + size;
}

// The 64-bit BigInt accessors; Node checks the range, then the offset, then masks
// the value (so a Number value is the TypeError of mixing it with a BigInt).
function readBigInt64(buf, offset, little, signed) {
  checkRead(buf, offset, 8);
  for (let i = 0; i < 8; i++) {
    scratch.setUint8(i, buf[offset + i]);
  }
  return signed ? scratch.getBigInt64(0, little) : scratch.getBigUint64(0, little);
}

function writeBigInt64(buf, value, offset, little, signed) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  if (value > max || value < min) {
    const range = signed ? '>= -(2n ** 63n) and < 2n ** 63n' : '>= 0n and < 2n ** 64n';
    throw outOfRange('value', range, value);
  }
  checkRead(buf, offset, 8);
  scratch.setBigUint64(0, value & 0xffffffffffffffffn, little);
  for (let i = 0; i < 8; i++) {
    buf[offset + i] = scratch.getUint8(i);
  }
  return offset + 8;
}

const accessors = {
  readUIntLE(offset, byteLength) {
    checkByteLength(byteLength);
    return readUnsigned(this, offset, byteLength, true);
  },
  readUInt8(offset = 0) { return readUnsigned(this, offset, 1, true); },
  readUInt16LE(offset = 0) { return readUnsigned(this, offset, 2, true); },
  readUInt32LE(offset = 0) { return readUnsigned(this, offset, 4, true); },
  readUIntBE(offset, byteLength) {
    checkByteLength(byteLength);
    return readUnsigned(this, offset, byteLength, false);
  },
  readUInt16BE(offset = 0) { return readUnsigned(this, offset, 2, false); },
  readUInt32BE(offset = 0) { return readUnsigned(this, offset, 4, false); },
  readIntLE(offset, byteLength) {
    checkByteLength(byteLength);
    return readSigned(this, offset, byteLength, true);
  },
  readInt8(offset = 0) { return readSigned(this, offset, 1, true); },
  readInt16LE(offset = 0) { return readSigned(this, offset, 2, true); },
  readInt32LE(offset = 0) { return readSigned(this, offset, 4, true); },
  readIntBE(offset, byteLength) {
    checkByteLength(byteLength);
    return readSigned(this, offset, byteLength, false);
  },
  readInt16BE(offset = 0) { return readSigned(this, offset, 2, false); },
  readInt32BE(offset = 0) { return readSigned(this, offset, 4, false); },
  readFloatLE(offset = 0) { return readFloat(this, offset, 4, true); },
  readFloatBE(offset = 0) { return readFloat(this, offset, 4, false); },
  readDoubleLE(offset = 0) { return readFloat(this, offset, 8, true); },
  readDoubleBE(offset = 0) { return readFloat(this, offset, 8, false); },
  readBigUInt64LE(offset = 0) { return readBigInt64(this, offset, true, false); },
  readBigUInt64BE(offset = 0) { return readBigInt64(this, offset, false, false); },
  readBigInt64LE(offset = 0) { return readBigInt64(this, offset, true, true); },
  readBigInt64BE(offset = 0) { return readBigInt64(this, offset, false, true); },
  writeUIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, true, false);
  },
  writeUInt8(value, offset = 0) { return writeInteger(this, value, offset, 1, true, false); },
  writeUInt16LE(value, offset = 0) { return writeInteger(this, value, offset, 2, true, false); },
  writeUInt32LE(value, offset = 0) { return writeInteger(this, value, offset, 4, true, false); },
  writeUIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, false, false);
  },
  writeUInt16BE(value, offset = 0) { return writeInteger(this, value, offset, 2, false, false); },
  writeUInt32BE(value, offset = 0) { return writeInteger(this, value, offset, 4, false, false); },
  writeIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, true, true);
  },
  writeInt8(value, offset = 0) { return writeInteger(this, value, offset, 1, true, true); },
  writeInt16LE(value, offset = 0) { return writeInteger(this, value, offset, 2, true, true); },
  writeInt32LE(value, offset = 0) { return writeInteger(this, value, offset, 4, true, true); },
  writeIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, false, true);
  },
  writeInt16BE(value, offset = 0) { return writeInteger(this, value, offset, 2, false, true); },
  writeInt32BE(value, offset = 0) { return writeInteger(this, value, offset, 4, false, true); },
  writeFloatLE(value, offset = 0) { return writeFloat(this, value, offset, 4, true); },
  writeFloatBE(value, offset = 0) { return writeFloat(this, value, offset, 4, false); },
  writeDoubleLE(value, offset = 0) { return writeFloat(this, value, offset, 8, true); },
  writeDoubleBE(value, offset = 0) { return writeFloat(this, value, offset, 8, false); },
  writeBigUInt64LE(value, offset = 0) { return writeBigInt64(this, value, offset, true, false); },
  writeBigUInt64BE(value, offset = 0) { return writeBigInt64(this, value, offset, false, false); },
  writeBigInt64LE(value, offset = 0) { return writeBigInt64(this, value, offset, true, true); },
  writeBigInt64BE(value, offset = 0) { return writeBigInt64(this, value, offset, false, true); },
};
defineMethods(proto, accessors);
// The lowercase aliases (`readUint8`), the same functions as in Node.
for (const name of Object.keys(accessors)) {
  if (name.includes('UInt')) {
    defineMethods(proto, { [name.replace('UInt', 'Uint')]: accessors[name] });
  }
}

// The forgiving-base64 alphabet and whitespace atob accepts (Infra's definition).
const kWhitespace = ' \t\n\f\r';
const kBase64Digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function invalidCharacter(message = 'Invalid character') {
  const DOMException = require('internal/dom_exception');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) {
    throw missingArgs('input');
  }
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) {
      throw invalidCharacter();
    }
  }
  return natives.decode(new Uint8Array(natives.encode(input, 'latin1')), 'base64');
}

function atob(input) {
  if (arguments.length === 0) {
    throw missingArgs('input');
  }
  input = `${input}`;
  let significant = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input[n];
    if (c === '=') {
      significant++;
      equals++;
      if (equals > 2) {
        throw invalidCharacter();
      }
    } else if (kBase64Digits.includes(c)) {
      significant++;
      // `=` may only end the input.
      if (equals) {
        throw invalidCharacter();
      }
    } else if (!kWhitespace.includes(c)) {
      throw invalidCharacter();
    }
  }
  let remainder = significant % 4;
  if (!remainder) {
    remainder = (significant - equals) % 4;
  } else if (equals) {
    throw invalidCharacter();
  }
  if (remainder === 1) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  return natives.decode(new Uint8Array(natives.encode(input, 'base64')), 'latin1');
}

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// The bytes of a view or ArrayBuffer, for isUtf8 and isAscii.
function bytesOf(input) {
  if (isAnyArrayBuffer(input)) {
    return new Uint8Array(input);
  }
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw invalidArgType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}

function isUtf8(input) {
  return natives.isUtf8(bytesOf(input));
}

function isAscii(input) {
  return bytesOf(input).every((b) => b < 0x80);
}

module.exports = {
  Buffer,
  SlowBuffer,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: 50,
};
