// `node:querystring`: URL query strings as Node's lib/querystring.js reads and
// writes them (`+` is a space, repeated keys collect into arrays, a malformed
// escape is kept as written).
'use strict';

const { Buffer } = require('buffer');

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function hexValue(c) {
  return c <= 57 ? c - 48 : (c | 0x20) - 87;
}

// The bytes of `s` with each valid %XX decoded (and `+` as a space when
// `decodeSpaces`); every other character is kept as its UTF-8 bytes.
function unescapeBuffer(s, decodeSpaces) {
  const bytes = Buffer.from(`${s}`);
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 37 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out[n++] = hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]);
      i += 2;
    } else if (c === 43 && decodeSpaces) {
      out[n++] = 32;
    } else {
      out[n++] = c;
    }
  }
  return out.slice(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') {
      str = String(str);
    } else {
      str += '';
    }
  }
  try {
    return encodeURIComponent(str);
  } catch {
    const e = new URIError('URI malformed');
    Object.defineProperty(e, 'name', { value: 'URIError [ERR_INVALID_URI]', configurable: true });
    e.stack;
    delete e.name;
    e.code = 'ERR_INVALID_URI';
    throw e;
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') {
    return v;
  }
  if (typeof v === 'number' && Number.isFinite(v)) {
    return `${v}`;
  }
  if (typeof v === 'bigint') {
    return `${v}`;
  }
  if (typeof v === 'boolean') {
    return v ? 'true' : 'false';
  }
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = (v) => encode(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') {
    return '';
  }
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      for (const item of v) {
        fields.push(ks + convert(item));
      }
    } else {
      fields.push(ks + convert(v));
    }
  }
  return fields.join(sep);
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) {
    return obj;
  }
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') {
    pairs = options.maxKeys > 0 ? options.maxKeys : Infinity;
  }
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  for (const part of qs.split(sep)) {
    if (part.length === 0) {
      continue;
    }
    if (pairs-- <= 0) {
      break;
    }
    const at = part.indexOf(eq);
    const rawKey = at === -1 ? part : part.slice(0, at);
    const rawValue = at === -1 ? '' : part.slice(at + eq.length);
    const key = decodeStr(rawKey.replaceAll('+', ' '), decode);
    const value = decodeStr(rawValue.replaceAll('+', ' '), decode);
    const old = obj[key];
    if (old === undefined) {
      obj[key] = value;
    } else if (Array.isArray(old)) {
      old.push(value);
    } else {
      obj[key] = [old, value];
    }
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
