// TextEncoder and TextDecoder (the Encoding Standard), after Node's
// lib/internal/encoding.js: UTF-8 out; UTF-8, UTF-16LE and windows-1252 in, with
// `fatal`, `ignoreBOM` and streaming (`{ stream: true }` keeps an unfinished
// character for the next call).
'use strict';

const natives = require('internal/text_codec');
const { codedError, invalidArgType } = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// The Encoding Standard's labels of the encodings jsloop decodes.
const labels = new Map();
for (const [name, names] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
    'utf-16', 'utf-16le']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987',
    'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const label of names) {
    labels.set(label, name);
  }
}

const isUint8Array = (v) => ArrayBuffer.isView(v) &&
  Object.prototype.toString.call(v) === '[object Uint8Array]';

function invalidThis(name) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${name}`);
}

const encoders = new WeakSet();

class TextEncoder {
  constructor() {
    encoders.add(this);
  }

  get encoding() {
    if (!encoders.has(this)) {
      throw invalidThis('TextEncoder');
    }
    return 'utf-8';
  }

  encode(input = '') {
    if (!encoders.has(this)) {
      throw invalidThis('TextEncoder');
    }
    return new Uint8Array(natives.encode(`${input}`));
  }

  encodeInto(src, dest) {
    if (!encoders.has(this)) {
      throw invalidThis('TextEncoder');
    }
    if (typeof src !== 'string') {
      throw invalidArgType('src', 'of type string', src);
    }
    if (!isUint8Array(dest)) {
      throw invalidArgType('dest', 'an instance of Uint8Array', dest);
    }
    const [read, written] = natives.encodeInto(src, dest);
    return { read, written };
  }

  // Node shows the encoder through a stand-in object: `{ encoding: 'utf-8' }`.
  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) {
      return this;
    }
    const obj = { __proto__: { constructor: TextEncoder } };
    obj.encoding = this.encoding;
    return require('util').inspect(obj, opts);
  }
}

// The bytes of a stream's unfinished last character: held back while streaming.
function unfinishedTail(bytes, encoding) {
  const len = bytes.length;
  if (encoding === 'utf-16le') {
    let hold = len % 2;
    const last = len - hold - 2;
    if (last >= 0) {
      const unit = bytes[last] | (bytes[last + 1] << 8);
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        hold += 2;
      }
    }
    return hold;
  }
  if (encoding !== 'utf-8') {
    return 0;
  }
  // The start of the last character, at most three bytes back.
  for (let back = 1; back <= Math.min(3, len); back++) {
    const b = bytes[len - back];
    if ((b & 0xC0) === 0x80) {
      continue;
    }
    const need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

const decoders = new WeakMap();

function decoderState(self) {
  const state = decoders.get(self);
  if (state === undefined) {
    throw invalidThis('TextDecoder');
  }
  return state;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options !== undefined && options !== null && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw invalidArgType('options', 'of type object', options);
    }
    const name = labels.get(encoding.trim().toLowerCase());
    if (name === undefined) {
      throw codedError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED',
        `The "${encoding}" encoding is not supported`);
    }
    decoders.set(this, {
      encoding: name,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: new Uint8Array(0),
      // Whether the start of the stream (where a BOM may stand) is behind us.
      started: false,
    });
  }

  get encoding() {
    return decoderState(this).encoding;
  }

  get fatal() {
    return decoderState(this).fatal;
  }

  get ignoreBOM() {
    return decoderState(this).ignoreBOM;
  }

  decode(input = new Uint8Array(0), options = undefined) {
    const state = decoderState(this);
    if (!ArrayBuffer.isView(input) && !(input instanceof ArrayBuffer) &&
        !(input instanceof SharedArrayBuffer)) {
      const e = new TypeError('The "list" argument must be an instance of ' +
        'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    const stream = Boolean(options?.stream);
    let bytes = ArrayBuffer.isView(input) ?
      new Uint8Array(input.buffer, input.byteOffset, input.byteLength) :
      new Uint8Array(input);
    if (state.pending.length) {
      const joined = new Uint8Array(state.pending.length + bytes.length);
      joined.set(state.pending);
      joined.set(bytes, state.pending.length);
      bytes = joined;
    }
    const hold = stream ? unfinishedTail(bytes, state.encoding) : 0;
    state.pending = bytes.slice(bytes.length - hold);
    let text = natives.decode(bytes.subarray(0, bytes.length - hold), state.encoding,
      state.fatal);
    if (text === null) {
      state.pending = new Uint8Array(0);
      state.started = false;
      const e = new TypeError(`The encoded data was not valid for encoding ${state.encoding}`);
      e.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
      throw e;
    }
    if (!state.started && text.length > 0) {
      state.started = true;
      if (!state.ignoreBOM && state.encoding !== 'windows-1252' &&
          text.charCodeAt(0) === 0xFEFF) {
        text = text.slice(1);
      }
    }
    if (!stream) {
      state.started = false;
    }
    return text;
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) {
      return this;
    }
    const obj = { __proto__: { constructor: TextDecoder } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    return `TextDecoder ${require('util').inspect(obj)}`;
  }
}

for (const C of [TextEncoder, TextDecoder]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    __proto__: null,
    configurable: true,
    value: C.name,
  });
}

module.exports = { TextEncoder, TextDecoder };
