// URL and URLSearchParams (the WHATWG URL Standard) and `node:url`'s file-path
// helpers, after Node's lib/internal/url.js. Parsing, the setters and the
// application/x-www-form-urlencoded codec are native (`internal/url`); a URL keeps
// the parts the parser gave and its URLSearchParams, which it keeps in step.
'use strict';

const natives = require('internal/url');
const {
  codedError, invalidArgType, invalidThis, stateReader, missingArgs,
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function inspect(value, options) {
  return require('util').inspect(value, options);
}

// The inspect options for the entries inside a params list or its iterator: one level
// deeper than `recurseTimes`, which is null for unlimited depth (Node's own rule).
function innerContext(recurseTimes, ctx) {
  const inner = { ...ctx };
  if (recurseTimes !== null) {
    inner.depth = recurseTimes - 1;
  }
  return inner;
}

// Indices into the parts array the natives return.
const HREF = 0;
const ORIGIN = 1;
const PROTOCOL = 2;
const USERNAME = 3;
const PASSWORD = 4;
const HOST = 5;
const HOSTNAME = 6;
const PORT = 7;
const PATHNAME = 8;
const SEARCH = 9;
const HASH = 10;

function invalidUrl(input, base) {
  const e = new TypeError('Invalid URL');
  e.code = 'ERR_INVALID_URL';
  e.input = input;
  if (base !== undefined) {
    e.base = base;
  }
  return e;
}

// USVString conversion happens in the natives; this is WebIDL's ToString.
function toText(value) {
  return `${value}`;
}

// Between a URL and its URLSearchParams.
let paramsState;
let makeLinkedParams;
let urlParts;

class URLSearchParams {
  // `list` is flat: name, value, name, value...; `url` is the URL whose query this
  // is, updated on every change.
  #state;

  static {
    paramsState = stateReader('URLSearchParams', (o) => #state in o, (o) => o.#state);
    makeLinkedParams = (url, query) => {
      const params = new URLSearchParams();
      params.#state.list = natives.parseParams(query);
      params.#state.url = url;
      return params;
    };
  }

  constructor(init = undefined) {
    this.#state = { list: [], url: null };
    if (init === undefined) {
      return;
    }
    if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #state in init) {
        this.#state.list = init.#state.list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') {
          throw codedError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        }
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw tupleError();
          }
          const items = [...pair];
          if (items.length !== 2) {
            throw tupleError();
          }
          this.#state.list.push(usv(items[0]), usv(items[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (typeof key === 'string' && desc !== undefined && desc.enumerable) {
            this.#state.list.push(usv(key), usv(init[key]));
          }
        }
      }
    } else {
      this.#state.list = natives.parseParams(toText(init));
    }
  }

  get size() {
    return paramsState(this).list.length / 2;
  }

  append(name, value) {
    const s = paramsState(this);
    if (arguments.length < 2) {
      throw missingArgs('name', 'value');
    }
    s.list.push(usv(name), usv(value));
    update(s);
  }

  delete(name, value = undefined) {
    const s = paramsState(this);
    if (arguments.length < 1) {
      throw missingArgs('name');
    }
    name = usv(name);
    const kept = [];
    if (value !== undefined) {
      value = usv(value);
    }
    for (let i = 0; i < s.list.length; i += 2) {
      if (s.list[i] !== name || (value !== undefined && s.list[i + 1] !== value)) {
        kept.push(s.list[i], s.list[i + 1]);
      }
    }
    s.list = kept;
    update(s);
  }

  get(name) {
    const s = paramsState(this);
    if (arguments.length < 1) {
      throw missingArgs('name');
    }
    name = usv(name);
    for (let i = 0; i < s.list.length; i += 2) {
      if (s.list[i] === name) {
        return s.list[i + 1];
      }
    }
    return null;
  }

  getAll(name) {
    const s = paramsState(this);
    if (arguments.length < 1) {
      throw missingArgs('name');
    }
    name = usv(name);
    const values = [];
    for (let i = 0; i < s.list.length; i += 2) {
      if (s.list[i] === name) {
        values.push(s.list[i + 1]);
      }
    }
    return values;
  }

  has(name, value = undefined) {
    const s = paramsState(this);
    if (arguments.length < 1) {
      throw missingArgs('name');
    }
    name = usv(name);
    if (value !== undefined) {
      value = usv(value);
    }
    for (let i = 0; i < s.list.length; i += 2) {
      if (s.list[i] === name && (value === undefined || s.list[i + 1] === value)) {
        return true;
      }
    }
    return false;
  }

  // The first pair of `name` takes the value; the others of that name go.
  set(name, value) {
    const s = paramsState(this);
    if (arguments.length < 2) {
      throw missingArgs('name', 'value');
    }
    name = usv(name);
    value = usv(value);
    const list = [];
    let found = false;
    for (let i = 0; i < s.list.length; i += 2) {
      if (s.list[i] !== name) {
        list.push(s.list[i], s.list[i + 1]);
      } else if (!found) {
        found = true;
        list.push(name, value);
      }
    }
    if (!found) {
      list.push(name, value);
    }
    s.list = list;
    update(s);
  }

  // A stable sort of the pairs by name, in code units.
  sort() {
    const s = paramsState(this);
    const pairs = [];
    for (let i = 0; i < s.list.length; i += 2) {
      pairs.push([s.list[i], s.list[i + 1]]);
    }
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    s.list = pairs.flat();
    update(s);
  }

  entries() {
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    const s = paramsState(this);
    if (typeof callback !== 'function') {
      throw invalidArgType('callback', 'of type function', callback);
    }
    // The list is read afresh each turn: the callback may change it.
    for (let i = 0; i < s.list.length; i += 2) {
      callback.call(thisArg, s.list[i + 1], s.list[i], this);
    }
  }

  keys() {
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    return natives.serializeParams(paramsState(this).list);
  }

  [customInspect](recurseTimes, ctx) {
    const s = paramsState(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return '[Object]';
    }
    const inner = innerContext(recurseTimes, ctx);
    const output = [];
    for (let i = 0; i < s.list.length; i += 2) {
      output.push(`${inspect(s.list[i], inner)} => ${inspect(s.list[i + 1], inner)}`);
    }
    const separator = ', ';
    const length = output.reduce((sum, item) => sum + item.length + separator.length,
      -separator.length);
    if (length > ctx.breakLength) {
      return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    }
    if (output.length) {
      return `${this.constructor.name} { ${output.join(separator)} }`;
    }
    return `${this.constructor.name} {}`;
  }
}

function tupleError() {
  return codedError(TypeError, 'ERR_INVALID_TUPLE',
    'Each query pair must be an iterable [name, value] tuple');
}

// WebIDL's USVString: lone surrogates become U+FFFD.
function usv(value) {
  return `${value}`.toWellFormed();
}

// The URL standard's "update steps": the linked URL's query follows the list.
function update(s) {
  if (s.url !== null) {
    const text = natives.serializeParams(s.list);
    urlParts(s.url, natives.set(urlParts(s.url)[HREF], 'search', text));
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries,
  writable: true,
  configurable: true,
});
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
  'entries', 'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams',
  configurable: true,
});

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

let iteratorState;

// Reads the list live: pairs added while iterating are seen.
class URLSearchParamsIterator {
  #state;

  static {
    iteratorState = stateReader('URLSearchParamsIterator', (o) => #state in o, (o) => o.#state);
  }

  constructor(params, kind) {
    this.#state = { params: paramsState(params), kind, index: 0 };
  }

  next() {
    const s = iteratorState(this);
    const list = s.params.list;
    if (s.index >= list.length) {
      return { value: undefined, done: true };
    }
    const name = list[s.index];
    const value = list[s.index + 1];
    s.index += 2;
    let result;
    if (s.kind === 'key') {
      result = name;
    } else if (s.kind === 'value') {
      result = value;
    } else {
      result = [name, value];
    }
    return { value: result, done: false };
  }

  [customInspect](recurseTimes, ctx) {
    const s = iteratorState(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return '[Object]';
    }
    const inner = innerContext(recurseTimes, ctx);
    const output = [];
    const list = s.params.list;
    for (let i = s.index; i < list.length; i += 2) {
      if (s.kind === 'key') {
        output.push(list[i]);
      } else if (s.kind === 'value') {
        output.push(list[i + 1]);
      } else {
        output.push([list[i], list[i + 1]]);
      }
    }
    const breakLine = inspect(output, inner).includes('\n');
    const shown = output.map((item) => inspect(item, inner));
    const text = breakLine ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${text} }`;
  }
}

Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator',
  configurable: true,
});
// The class itself is not reachable by name, as in Node.
Object.defineProperty(URLSearchParamsIterator.prototype, 'constructor', {
  value: Object,
  writable: true,
  configurable: true,
});

let isURL;

class URL {
  #parts;
  #searchParams = null;

  static {
    urlParts = (url, parts) => {
      if (parts !== undefined) {
        url.#parts = parts;
      }
      return url.#parts;
    };
    isURL = (value) => value !== null && typeof value === 'object' && #parts in value;
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) {
      throw missingArgs('url');
    }
    input = toText(input);
    if (base !== undefined) {
      base = toText(base);
    }
    const parts = natives.parse(input, base);
    if (parts === null) {
      throw invalidUrl(input, base);
    }
    this.#parts = parts;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) {
      throw missingArgs('url');
    }
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) {
      throw missingArgs('url');
    }
    input = toText(input);
    if (base !== undefined) {
      base = toText(base);
    }
    return natives.parse(input, base) !== null;
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) {
      return this;
    }
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${this.constructor.name} ${inspect(obj, opts)}`;
  }

  toString() {
    return part(this, HREF);
  }

  get href() {
    return part(this, HREF);
  }

  set href(value) {
    part(this, HREF);
    value = toText(value);
    const parts = natives.set(this.#parts[HREF], 'href', value);
    if (parts === null) {
      throw invalidUrl(value);
    }
    this.#setParts(parts);
  }

  static {
    // The parts after href, in the standard's order; all but origin and searchParams
    // have a setter, which runs the URL standard's setter of that name.
    const accessors = [['origin', ORIGIN, false], ['protocol', PROTOCOL, true],
      ['username', USERNAME, true], ['password', PASSWORD, true], ['host', HOST, true],
      ['hostname', HOSTNAME, true], ['port', PORT, true], ['pathname', PATHNAME, true],
      ['search', SEARCH, true], ['searchParams', SEARCH, false], ['hash', HASH, true]];
    for (const [name, index, settable] of accessors) {
      const get = name === 'searchParams' ?
        function() {
          part(this, HREF);
          this.#searchParams ??= makeLinkedParams(this, this.#parts[SEARCH]);
          return this.#searchParams;
        } :
        function() {
          return part(this, index);
        };
      const set = settable ?
        function(value) {
          part(this, HREF);
          this.#setParts(natives.set(this.#parts[HREF], name, toText(value)));
        } :
        undefined;
      Object.defineProperty(URL.prototype, name, { get, set, enumerable: true,
        configurable: true });
    }
    Object.defineProperty(URL.prototype, 'toJSON', {
      value: function toJSON() {
        return part(this, HREF);
      },
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }

  // New parts; the URLSearchParams follows a changed query.
  #setParts(parts) {
    const searchChanged = parts[SEARCH] !== this.#parts[SEARCH];
    this.#parts = parts;
    if (searchChanged && this.#searchParams !== null) {
      paramsState(this.#searchParams).list = natives.parseParams(parts[SEARCH]);
    }
  }
}

function part(url, index) {
  if (!isURL(url)) {
    throw invalidThis('URL');
  }
  return urlParts(url)[index];
}

for (const name of ['toString', 'href']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
for (const name of ['parse', 'canParse']) {
  Object.defineProperty(URL, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  value: 'URL',
  configurable: true,
});

// The characters a path may hold that would end or change a file URL's path.
const pathEscapes = [
  ['%', '%25'], ['\\', '%5C'], ['\n', '%0A'], ['\r', '%0D'], ['\t', '%09'], ['?', '%3F'],
  ['#', '%23'],
];

function pathToFileURL(filepath) {
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) {
    resolved += '/';
  }
  for (const [char, escape] of pathEscapes) {
    resolved = resolved.replaceAll(char, escape);
  }
  return new URL(`file://${resolved}`);
}

function fileURLToPath(path) {
  return decodeURIComponent(filePathname(path));
}

// The path as bytes: percent-escapes that are not UTF-8 stay the bytes they name.
function fileURLToPathBuffer(path) {
  const pathname = filePathname(path);
  const bytes = [];
  for (let i = 0; i < pathname.length; i++) {
    const hex = pathname.slice(i + 1, i + 3);
    if (pathname[i] === '%' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      // The URL parser left only ASCII unescaped.
      bytes.push(pathname.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

// The still-escaped path of file URL `path` (a string or URL), checked as Node
// checks it on Linux.
function filePathname(path) {
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw invalidArgType('path', 'of type string or an instance of URL', path);
  }
  if (path.protocol !== 'file:') {
    throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (path.hostname !== '') {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
      `File URL host must be "localhost" or empty on ${process.platform}`);
  }
  const pathname = path.pathname;
  if (/%2f/i.test(pathname)) {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
      'File URL path must not include encoded / characters');
  }
  return pathname;
}

function domainToASCII(domain) {
  if (arguments.length < 1) {
    throw missingArgs('domain');
  }
  return natives.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) {
    throw missingArgs('domain');
  }
  return natives.domainToUnicode(`${domain}`);
}

// The options http.request takes, from a URL.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') {
    options.port = Number(port);
  }
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
