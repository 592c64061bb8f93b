// `node:url`: the WHATWG classes and helpers (internal/whatwg_url) and the legacy
// API (`parse`, `format`, `resolve`, `resolveObject`, `Url`), after Node's lib/url.js.
// The legacy parser is lenient by design: it never fails on a malformed URL but
// moves what cannot be a host into the path, and Node's results for odd input are
// the reference, so the steps below keep its order of decisions.
'use strict';

const whatwg = require('internal/whatwg_url');
const natives = require('internal/url');
const querystring = require('querystring');
const { codedError, invalidArgType, validateObject } = require('internal/errors');

const { URL } = whatwg;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
// `//user@host` is a host even without `slashesDenoteHost`.
const authHostPattern = /^\/\/[^@/]+@[^@/]+/;
// A plain path with an optional query: parsed without the general steps.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
// What toASCII must never bring into a hostname (with ':', '@', '[' and ']', which
// would change how the rest is read); IPv6 literals may hold ':' and brackets.
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:',
  'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

// Characters the path, query and hash may not hold as they are (RFC 2396's
// delimiters and "unwise" characters, and the single quote).
const autoEscaped = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;

// Characters that end the host part: never allowed in a hostname (RFC 2396), or
// the start of the path, query or hash.
const nonHostChars = new Set([' ', '"', '%', "'", ';', '<', '>', '\\',
  '^', '`', '{', '|', '}']);
const hostEndChars = new Set(['#', '/', '?']);

let parseWarned = false;

// Node warns about url.parse() once, unless the caller is a package's code.
function warnParse() {
  if (parseWarned || calledFromNodeModules()) {
    return;
  }
  parseWarned = true;
  process.emitWarning(
    '`url.parse()` behavior is not standardized and prone to errors that have ' +
    'security implications. Use the WHATWG URL API instead. CVEs are not issued ' +
    'for `url.parse()` vulnerabilities.',
    'DeprecationWarning',
    'DEP0169',
  );
}

function calledFromNodeModules() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 20;
  Error.captureStackTrace(holder);
  Error.stackTraceLimit = limit;
  const frames = `${holder.stack}`.split('\n').slice(1);
  const user = frames.find((frame) => !/[\s(]node:/.test(frame));
  return user !== undefined && /[\s(/]node_modules\//.test(user);
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  warnParse();
  if (url instanceof Url) {
    return url;
  }
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

function isIpv6Hostname(hostname) {
  return hostname[0] === '[' && hostname[hostname.length - 1] === ']';
}

function isWhitespace(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

// The input without surrounding whitespace, with backslashes before the first '?'
// or '#' turned into slashes (as browsers do); also whether it holds '#' or '@'.
function prepare(url) {
  let start = 0;
  while (start < url.length && isWhitespace(url.charCodeAt(start))) {
    start++;
  }
  let end = url.length;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) {
    end--;
  }
  let text = url.slice(start, end);
  const split = text.search(/[?#]/);
  const head = split === -1 ? text : text.slice(0, split);
  if (head.includes('\\')) {
    text = head.replaceAll('\\', '/') + text.slice(head.length);
  }
  return { text, hasHash: text.includes('#'), hasAt: head.includes('@') };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') {
    throw invalidArgType('url', 'of type string', url);
  }
  const prepared = prepare(url);
  let rest = prepared.text;

  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ?
          querystring.parse(this.search.slice(1)) :
          this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  const protoMatch = protocolPattern.exec(rest);
  const proto = protoMatch ? protoMatch[0] : undefined;
  const lowerProto = proto && proto.toLowerCase();
  if (proto) {
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || authHostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) {
    rest = rest.replace(autoEscapePattern, (c) => autoEscaped[c]);
  }

  const hashIndex = rest.indexOf('#');
  if (hashIndex !== -1) {
    this.hash = rest.slice(hashIndex);
  }
  const beforeHash = hashIndex === -1 ? rest : rest.slice(0, hashIndex);
  const questionIndex = beforeHash.indexOf('?');
  if (questionIndex !== -1) {
    this.search = beforeHash.slice(questionIndex);
    this.query = beforeHash.slice(questionIndex + 1);
    if (parseQueryString) {
      this.query = querystring.parse(this.query);
    }
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathname = questionIndex === -1 ? beforeHash : beforeHash.slice(0, questionIndex);
  if (pathname.length > 0) {
    this.pathname = pathname;
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  // `path` is what http.request takes.
  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }
  this.href = this.format();
  return this;
};

// Reads `auth@host:port` off the front of `rest` into Url `self`; returns what
// follows the host.
function parseAuthority(self, rest, url) {
  // The last '@' before the host ends decides the auth; the first character that
  // cannot be in a host after it ends the host.
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; ++i) {
    const c = rest[i];
    if (c === '\t' || c === '\n' || c === '\r') {
      // The WHATWG parser drops these; so does this one, here.
      rest = rest.slice(0, i) + rest.slice(i + 1);
      i -= 1;
    } else if (nonHostChars.has(c)) {
      if (nonHost === -1) {
        nonHost = i;
      }
    } else if (hostEndChars.has(c)) {
      if (nonHost === -1) {
        nonHost = i;
      }
      break;
    } else if (c === '@') {
      atSign = i;
      nonHost = -1;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  self.parseHost();
  if (typeof self.hostname !== 'string') {
    self.hostname = '';
  }
  const ipv6 = isIpv6Hostname(self.hostname);
  if (!ipv6) {
    rest = splitHostname(self, rest, url);
  }
  self.hostname = self.hostname.length > hostnameMaxLen ? '' : self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) {
        throw invalidUrl(url);
      }
    } else {
      // IDNA turns the labels that are not ASCII into punycode; ASCII ones stay as
      // they are (no IPv4 or punycode checks, unlike a WHATWG host).
      if (/[^\0-\x7f]/.test(self.hostname)) {
        self.hostname = natives.domainToASCII(self.hostname);
      }
      // Only the IDNA mapping can have made it empty or brought these in.
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) {
        throw invalidUrl(url);
      }
    }
  }

  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') {
      rest = `/${rest}`;
    }
  }
  return rest;
}

let invalidPortWarned = false;

// Cuts the hostname at the first character a hostname cannot hold; what follows
// goes to the front of the path. A ':' there is a port that is not a number, which
// Node accepts with a warning.
function splitHostname(self, rest, url) {
  const hostname = self.hostname;
  const bad = hostname.search(/[/\\#?:]/);
  if (bad === -1) {
    return rest;
  }
  if (hostname[bad] === ':' && !invalidPortWarned) {
    invalidPortWarned = true;
    process.emitWarning(
      `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
      'DeprecationWarning',
      'DEP0170',
    );
  }
  self.hostname = hostname.slice(0, bad);
  return `/${hostname.slice(bad)}${rest}`;
}

function invalidUrl(input) {
  const e = codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  e.input = input;
  return e;
}

// The userinfo as format() writes it: percent-encoded except for the characters
// encodeURIComponent keeps and ':'.
function encodeAuth(auth) {
  try {
    return encodeURIComponent(auth).replace(/%3A/g, ':');
  } catch {
    throw codedError(URIError, 'ERR_INVALID_URI', 'URI malformed');
  }
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) {
    auth = `${encodeAuth(auth)}@`;
  }
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const bracketed = this.hostname.includes(':') && !isIpv6Hostname(this.hostname);
    host = auth + (bracketed ? `[${this.hostname}]` : this.hostname);
    if (this.port) {
      host += `:${this.port}`;
    }
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') {
    query = querystring.stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) {
    protocol += ':';
  }
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  // Only the slashed protocols get `//` (not mailto:, xmpp:, ...), unless the
  // URL had them.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') {
        pathname = `/${pathname}`;
      }
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') {
    hash = `#${hash}`;
  }
  if (search && search[0] !== '?') {
    search = `?${search}`;
  }
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw invalidArgType('urlObject', 'one of type object or string', urlObject);
  } else if (urlObject instanceof URL) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

// A WHATWG URL's href with the parts `options` leaves out removed and, with
// `unicode`, its host in Unicode.
function formatWhatwg(url, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    validateObject(options, 'options');
    if (options.fragment != null) {
      fragment = Boolean(options.fragment);
    }
    if (options.unicode != null) {
      unicode = Boolean(options.unicode);
    }
    if (options.search != null) {
      search = Boolean(options.search);
    }
    if (options.auth != null) {
      auth = Boolean(options.auth);
    }
  }
  const copy = new URL(url.href);
  if (!fragment) {
    copy.hash = '';
  }
  if (!search) {
    copy.search = '';
  }
  if (!auth) {
    copy.username = '';
    copy.password = '';
  }
  const href = copy.href;
  if (!unicode || copy.hostname === '' || copy.hostname[0] === '[') {
    return href;
  }
  const userinfo = copy.username || copy.password ?
    `${copy.username}${copy.password ? `:${copy.password}` : ''}@` :
    '';
  const hostStart = copy.protocol.length + 2 + userinfo.length;
  const host = natives.domainToUnicode(copy.hostname) + (copy.port ? `:${copy.port}` : '');
  return href.slice(0, hostStart) + host + href.slice(hostStart + copy.host.length);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) {
    return relative;
  }
  return urlParse(source, false, true).resolveObject(relative);
}

function pathOf(url) {
  return (url.pathname || '') + (url.search || '');
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  Object.assign(result, this);

  // The hash always comes from the relative URL, even an empty one.
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // `//host/path` keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') {
        result[key] = relative[key];
      }
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return changeProtocol(result, relative);
  }

  return mergePaths(result, relative);
};

// resolveObject with a relative URL of another protocol: an unknown protocol makes
// it absolute; a known one must have a host (taken from the path when missing).
function changeProtocol(result, relative) {
  if (!slashedProtocol.has(relative.protocol)) {
    Object.assign(result, relative);
    result.href = result.format();
    return result;
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) &&
      !hostlessProtocol.has(relative.protocol)) {
    const relPath = (relative.pathname || '').split('/');
    while (relPath.length && !(relative.host = relPath.shift()));
    if (!relative.host) {
      relative.host = '';
    }
    if (!relative.hostname) {
      relative.hostname = '';
    }
    if (relPath[0] !== '') {
      relPath.unshift('');
    }
    if (relPath.length < 2) {
      relPath.unshift('');
    }
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) {
    result.path = pathOf(result);
  }
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

// A URL without `//` (mailto:, ...) keeps its host as the first path segment, so
// that `..` can climb into it; this puts it back.
function restoreHost(result, srcPath, isAbsolute) {
  result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
  // The auth can end up in the host (`mailto:local1@domain1`).
  if (result.host && result.host.indexOf('@') > 0) {
    const [auth, host] = result.host.split('@');
    result.auth = auth;
    result.host = result.hostname = host;
  }
}

// resolveObject for the same protocol (or none): the paths merge, dot segments go.
function mergePaths(result, relative) {
  const isSourceAbs = result.pathname && result.pathname[0] === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') {
        srcPath[0] = result.host;
      } else {
        srcPath.unshift(result.host);
      }
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') {
          relPath[0] = relative.host;
        } else {
          relPath.unshift(relative.host);
        }
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) {
        result.auth = null;
      }
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) {
        result.auth = null;
      }
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last segment.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query (`?foo`).
    if (noLeadingSlashes) {
      restoreHost(result, srcPath, false);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = pathOf(result);
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in `.` or `..` gets a trailing slash; one ending otherwise not.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';

  // Drop `.`, let `..` take the segment before it; `up` counts those above the root.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) {
      srcPath.unshift('..');
    }
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && !srcPath.join('/').endsWith('/')) {
    srcPath.push('');
  }
  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');
  if (noLeadingSlashes) {
    restoreHost(result, srcPath, isAbsolute);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) {
    srcPath.unshift('');
  }
  if (srcPath.length === 0) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = pathOf(result);
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

// Splits `host` into `hostname` and `port` (a port only when it is digits).
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const portMatch = portPattern.exec(host);
  if (portMatch) {
    const port = portMatch[0];
    if (port !== ':') {
      this.port = port.slice(1);
    }
    host = host.slice(0, host.length - port.length);
  }
  if (host) {
    this.hostname = host;
  }
};

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams: whatwg.URLSearchParams,
  domainToASCII: whatwg.domainToASCII,
  domainToUnicode: whatwg.domainToUnicode,
  pathToFileURL: whatwg.pathToFileURL,
  fileURLToPath: whatwg.fileURLToPath,
  fileURLToPathBuffer: whatwg.fileURLToPathBuffer,
  urlToHttpOptions: whatwg.urlToHttpOptions,
};
