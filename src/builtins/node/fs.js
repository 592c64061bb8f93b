// `node:fs`, after Node's lib/fs.js and lib/internal/fs/promises.js: the natives of
// `internal/fs` do each operation (now for the *Sync forms, on the I/O pool when given
// a callback); this file checks arguments as Node does and shapes the results
// (Stats, Dirent, FileHandle, streams) for the sync, callback and promise APIs.
'use strict';

const binding = require('internal/fs');
const { invalidArgType } = require('internal/util');
const EventEmitter = require('events');
const { ChunkDecoder } = require('internal/fs/utf8-stream');
const { abortError, validateAbortSignal } = require('internal/errors');

const { constants } = binding;
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK, F_OK,
} = constants;

function codedError(Ctor, code, message) {
  const e = new Ctor(message);
  e.code = code;
  return e;
}

// Node's stringToFlags.
const FLAGS = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  if (Object.hasOwn(FLAGS, flags)) return FLAGS[flags];
  throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The argument '${name}' is invalid. Received ${inspectArg(flags)}`);
}

function inspectArg(v) {
  return typeof v === 'string' ? `'${v}'` : String(v);
}

// Node's getValidatedPath: a string, a Buffer/Uint8Array (UTF-8) or a file: URL,
// without NUL bytes.
function getValidatedPath(path, name = 'path') {
  if (path instanceof Uint8Array) {
    path = binding.decode(path, 'utf8');
  } else if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
             path.protocol === 'file:') {
    path = decodeURIComponent(path.pathname);
  }
  if (typeof path !== 'string') {
    throw invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
  }
  if (path.includes('\u0000')) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument '${name}' must be a string, Uint8Array, or URL without null bytes. ` +
      `Received ${JSON.stringify(path).replace(/^"|"$/g, "'")}`);
  }
  return path;
}

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'of type number', value);
  }
  if (!Number.isInteger(value)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${value}`);
  }
  if (value < min || value > max) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= ${min} && <= ${max}. ` +
      `Received ${value}`);
  }
  return value;
}

function getValidatedFd(fd) {
  return validateInteger(fd, 'fd', 0, 2147483647);
}

// A path or a descriptor (readFile, writeFile, appendFile).
function pathOrFd(path) {
  return typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path);
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') {
    throw invalidArgType('options', 'one of type string or an instance of Object', options);
  }
  return { ...defaults, ...options };
}

function makeCallback(cb) {
  if (typeof cb !== 'function') {
    throw invalidArgType('cb', 'of type function', cb);
  }
  return cb;
}

function parseMode(mode, fallback) {
  if (mode == null) return fallback;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The argument 'mode' must be a 32-bit unsigned integer or an octal string. ` +
        `Received ${inspectArg(mode)}`);
    }
    return parseInt(mode, 8);
  }
  return validateInteger(mode, 'mode', 0, 4294967295);
}

// Node's toUnixTimestamp: seconds, from a number, a numeric string or a Date.
function toUnixTimestamp(time) {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number') return Number.isFinite(time) && time >= 0 ? time : Date.now() / 1000;
  if (time instanceof Date) return time.getTime() / 1000;
  throw invalidArgType('time', 'an instance of Date or an Time in seconds', time);
}

// A path a native returned as bytes, in the encoding the options ask for.
function encodedPath(bytes, options) {
  const { encoding = 'utf8' } = getOptions(options, {});
  return encoding === 'buffer' ? bytes : binding.decode(bytes, encoding);
}

function validateData(data) {
  if (typeof data !== 'string' && !binding.isView(data)) {
    throw invalidArgType('data',
      'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  return data;
}

// The file types as `Stats` and `Dirent` report them.
class StatsBase {
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

const STAT_FIELDS = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
  'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];

function Stats(...fields) {
  for (let i = 0; i < STAT_FIELDS.length; i++) this[STAT_FIELDS[i]] = fields[i];
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
// The dates are made when first read, from the millisecond fields rounded to the
// nearest millisecond (Node's dateFromMs; a Date would truncate).
for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
  const cache = Symbol(name);
  Object.defineProperty(Stats.prototype, name, {
    get() { return this[cache] ??= new Date(Math.round(this[`${name}Ms`])); },
    set(value) { Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true }); },
    enumerable: false,
    configurable: true,
  });
}
Object.defineProperty(Stats.prototype, '_checkModeProperty', {
  value(property) { return (this.mode & S_IFMT) === property; },
  writable: true,
  enumerable: false,
  configurable: true,
});

function makeStats(raw) {
  return new Stats(...raw);
}

const kType = Symbol('type');
const DIRENT_TYPES = { isFile: 1, isDirectory: 2, isSymbolicLink: 3, isFIFO: 4, isSocket: 5,
  isCharacterDevice: 6, isBlockDevice: 7 };

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }
}
for (const [method, type] of Object.entries(DIRENT_TYPES)) {
  Object.defineProperty(Dirent.prototype, method, {
    value() { return this[kType] === type; },
    writable: true,
    configurable: true,
  });
}

function readdirResult(path, options, names) {
  return options.withFileTypes ?
    names.map(([name, type]) => new Dirent(name, type, path)) : names;
}

// Node's ERR_FS_EISDIR, which `rm` of a directory without `recursive` throws.
function rmError(err, path) {
  if (err.code !== 'EISDIR' || err.syscall !== 'rm') return err;
  const e = new Error(`Path is a directory: rm returned EISDIR (is a directory) ${path}`);
  Object.defineProperty(e, 'name', { value: 'SystemError', writable: true, configurable: true });
  e.code = 'ERR_FS_EISDIR';
  e.info = { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 };
  e.errno = 21;
  e.syscall = 'rm';
  e.path = path;
  return e;
}

// --- The operations, once, over a `req` that is a callback or undefined (sync). ---

const ops = {
  readFile(path, options, req) {
    options = getOptions(options, { flag: 'r' });
    return binding.readFile(pathOrFd(path), options.encoding, stringToFlags(options.flag), req);
  },
  writeFile(path, data, options, req, flag = 'w') {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
    validateData(data);
    return binding.writeFile(pathOrFd(path), data, options.encoding,
      stringToFlags(options.flag), parseMode(options.mode, 0o666), req);
  },
  appendFile(path, data, options, req) {
    return ops.writeFile(path, data, options, req, 'a');
  },
  readdir(path, options, req) {
    path = getValidatedPath(path);
    options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
    const done = req && ((err, names) => err ? req(err) : req(null, readdirResult(path, options, names)));
    const names = binding.readdir(path, options.withFileTypes, options.encoding, done);
    return req ? undefined : readdirResult(path, options, names);
  },
  stat(path, options, req, follow = true) {
    path = getValidatedPath(path);
    const done = req && ((err, raw) => err ? req(err) : req(null, makeStats(raw)));
    const raw = binding.stat(path, follow, done);
    return req ? undefined : makeStats(raw);
  },
  lstat(path, options, req) {
    return ops.stat(path, options, req, false);
  },
  fstat(fd, options, req) {
    const done = req && ((err, raw) => err ? req(err) : req(null, makeStats(raw)));
    const raw = binding.fstat(getValidatedFd(fd), done);
    return req ? undefined : makeStats(raw);
  },
  mkdir(path, options, req) {
    path = getValidatedPath(path);
    const { recursive = false, mode = 0o777 } =
      typeof options === 'number' || typeof options === 'string' ? { mode: options } : options ?? {};
    if (typeof recursive !== 'boolean') {
      throw invalidArgType('options.recursive', 'of type boolean', recursive);
    }
    return binding.mkdir(path, recursive, parseMode(mode, 0o777), req);
  },
  mkdtemp(prefix, options, req) {
    return binding.mkdtemp(getValidatedPath(prefix, 'prefix'), req);
  },
  rmdir(path, options, req) {
    return binding.rmdir(getValidatedPath(path), req);
  },
  rm(path, options, req) {
    path = getValidatedPath(path);
    const { recursive = false, force = false } = options ?? {};
    const done = req && ((err) => err ? req(rmError(err, path)) : req(null));
    try {
      return binding.rm(path, recursive, force, done);
    } catch (err) {
      throw rmError(err, path);
    }
  },
  unlink(path, req) {
    return binding.unlink(getValidatedPath(path), req);
  },
  rename(from, to, req) {
    return binding.rename(getValidatedPath(from, 'oldPath'), getValidatedPath(to, 'newPath'), req);
  },
  copyFile(src, dest, mode, req) {
    return binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'),
      mode ?? 0, req);
  },
  access(path, mode, req) {
    return binding.access(getValidatedPath(path), mode ?? F_OK, req);
  },
  open(path, flags, mode, req) {
    return binding.open(getValidatedPath(path), stringToFlags(flags),
      parseMode(mode, 0o666), req);
  },
  close(fd, req) {
    return binding.close(getValidatedFd(fd), req);
  },
  symlink(target, path, type, req) {
    return binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), req);
  },
  readlink(path, options, req) {
    path = getValidatedPath(path, 'path');
    const done = req && ((err, bytes) => err ? req(err) : req(null, encodedPath(bytes, options)));
    const bytes = binding.readlink(path, done);
    return req ? undefined : encodedPath(bytes, options);
  },
  realpath(path, options, req, native = false) {
    path = getValidatedPath(path);
    const done = req && ((err, bytes) => err ? req(err) : req(null, encodedPath(bytes, options)));
    const bytes = binding.realpath(path, native, done);
    return req ? undefined : encodedPath(bytes, options);
  },
  chmod(path, mode, req) {
    return binding.chmod(getValidatedPath(path), parseMode(mode), req);
  },
  fchmod(fd, mode, req) {
    return binding.fchmod(getValidatedFd(fd), parseMode(mode), req);
  },
  ftruncate(fd, len, req) {
    return binding.ftruncate(getValidatedFd(fd), validateInteger(len ?? 0, 'len', -9007199254740991, 9007199254740991), req);
  },
  // Node opens the file, truncates the descriptor and closes it.
  truncate(path, len, req) {
    if (typeof path === 'number') return ops.ftruncate(path, len, req);
    len = validateInteger(len ?? 0, 'len', -9007199254740991, 9007199254740991);
    if (!req) {
      const fd = ops.open(path, 'r+', undefined, undefined);
      try {
        return binding.ftruncate(fd, len, undefined);
      } finally {
        binding.close(fd, undefined);
      }
    }
    ops.open(path, 'r+', undefined, (err, fd) => {
      if (err) return req(err);
      binding.ftruncate(fd, len, (truncateErr) =>
        binding.close(fd, (closeErr) => req(truncateErr || closeErr || null)));
    });
  },
  utimes(path, atime, mtime, req) {
    return binding.utimes(getValidatedPath(path), toUnixTimestamp(atime),
      toUnixTimestamp(mtime), req);
  },
  futimes(fd, atime, mtime, req) {
    return binding.utimes(getValidatedFd(fd), toUnixTimestamp(atime),
      toUnixTimestamp(mtime), req);
  },
  opendir(path, options, req) {
    path = getValidatedPath(path);
    const done = req && ((err, entries) => err ? req(err) : req(null, new Dir(path, entries)));
    const entries = binding.opendir(path, done);
    return req ? undefined : new Dir(path, entries);
  },
};

// A directory opened by `opendir`: its entries, read one at a time as Dirents.
const kDirEntries = Symbol('kDirEntries');
const kDirPath = Symbol('kDirPath');
const kDirClosed = Symbol('kDirClosed');

function dirClosed() {
  return codedError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
}

class Dir {
  constructor(path, entries) {
    this[kDirPath] = path;
    this[kDirEntries] = entries;
    this[kDirClosed] = false;
  }

  get path() { return this[kDirPath]; }

  readSync() {
    if (this[kDirClosed]) throw dirClosed();
    const entry = this[kDirEntries].shift();
    return entry ? new Dirent(entry[0], entry[1], this[kDirPath]) : null;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => err ? reject(err) : resolve(dirent));
      });
    }
    makeCallback(callback);
    const dirent = this.readSync();
    process.nextTick(callback, null, dirent);
  }

  closeSync() {
    if (this[kDirClosed]) throw dirClosed();
    this[kDirClosed] = true;
    this[kDirEntries] = [];
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        try {
          this.closeSync();
        } catch (err) {
          return reject(err);
        }
        process.nextTick(resolve);
      });
    }
    makeCallback(callback);
    this.closeSync();
    process.nextTick(callback, null);
  }

  async *entries() {
    try {
      while (true) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this[kDirClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  [Symbol.dispose]() {
    if (!this[kDirClosed]) this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (!this[kDirClosed]) await this.close();
  }
}

// `fs.read(fd, buffer, offset, length, position)` and its options-object forms: the
// native reads into fresh bytes, copied into `buffer` here.
function readArgs(fd, buffer, offset, length, position) {
  getValidatedFd(fd);
  if (buffer !== null && typeof buffer === 'object' && !binding.isView(buffer)) {
    ({ buffer, offset, length, position } = buffer);
  } else if (offset !== null && typeof offset === 'object') {
    ({ offset, length, position } = offset);
  }
  if (buffer === undefined) buffer = new Uint8Array(16384);
  if (!binding.isView(buffer)) {
    throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
  offset ??= 0;
  length ??= buffer.byteLength - offset;
  validateInteger(offset, 'offset', 0, buffer.byteLength);
  validateInteger(length, 'length', 0, buffer.byteLength - offset);
  if (position == null || position === -1) position = -1;
  return { buffer, offset, length, position };
}

function readInto(fd, a, req) {
  const done = req && ((err, bytes) => {
    if (err) return req(err);
    binding.copyInto(bytes, a.buffer, a.offset);
    req(null, bytes.length, a.buffer);
  });
  const bytes = binding.read(fd, a.length, a.position, done);
  if (req) return undefined;
  binding.copyInto(bytes, a.buffer, a.offset);
  return bytes.length;
}

// `fs.write(fd, buffer, offset, length, position)` or `(fd, string, position, encoding)`.
function writeArgs(fd, data, offset, length, position) {
  getValidatedFd(fd);
  if (typeof data === 'string') {
    return { data, encoding: typeof length === 'string' ? length : 'utf8',
      position: typeof offset === 'number' ? offset : -1 };
  }
  validateData(data);
  if (offset !== null && typeof offset === 'object') ({ offset, length, position } = offset);
  offset ??= 0;
  length ??= data.byteLength - offset;
  validateInteger(offset, 'offset', 0, data.byteLength);
  validateInteger(length, 'length', 0, data.byteLength - offset);
  const bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length);
  return { data: bytes, encoding: undefined, position: position ?? -1, original: data };
}

// --- The three API shapes. ---

const fs = module.exports;

// The callback form: the last argument is the callback; the ones before it fill the
// operation's parameters in order.
function callbackForm(name, arity) {
  return function (...args) {
    const cb = makeCallback(typeof args.at(-1) === 'function' ? args.pop() : undefined);
    while (args.length < arity) args.push(undefined);
    return ops[name](...args.slice(0, arity), cb);
  };
}

function syncForm(name, arity) {
  return function (...args) {
    while (args.length < arity) args.push(undefined);
    return ops[name](...args.slice(0, arity), undefined);
  };
}

function promiseForm(name, arity) {
  return function (...args) {
    return new Promise((resolve, reject) => {
      while (args.length < arity) args.push(undefined);
      ops[name](...args.slice(0, arity), (err, value) => err ? reject(err) : resolve(value));
    });
  };
}

const ARITY = {
  readFile: 2, writeFile: 3, appendFile: 3, readdir: 2, stat: 2, lstat: 2, fstat: 2,
  mkdir: 2, mkdtemp: 2, rmdir: 2, rm: 2, unlink: 1, rename: 2, copyFile: 3, access: 2,
  open: 3, close: 1, symlink: 3, readlink: 2, realpath: 2, chmod: 2, fchmod: 2, truncate: 2,
  ftruncate: 2, utimes: 3, futimes: 3, opendir: 2,
};

// The operations fs.promises has no form of (they take a descriptor).
const DESCRIPTOR_OPS = new Set(['fstat', 'close', 'open', 'fchmod', 'ftruncate', 'futimes']);

const promises = {};
for (const [name, arity] of Object.entries(ARITY)) {
  fs[name] = callbackForm(name, arity);
  fs[`${name}Sync`] = syncForm(name, arity);
  if (!DESCRIPTOR_OPS.has(name)) {
    promises[name] = promiseForm(name, arity);
  }
}
// The callback forms' argument counts, as Node's functions declare them.
for (const [name, length] of Object.entries({ readFile: 3, writeFile: 4, appendFile: 4,
  readdir: 3, stat: 3, lstat: 3, fstat: 3, mkdir: 3, mkdtemp: 3, rmdir: 3, rm: 3, unlink: 2,
  rename: 3, copyFile: 4, access: 3, open: 4, close: 2, symlink: 4, readlink: 3, realpath: 3,
  chmod: 3, fchmod: 3, truncate: 3, ftruncate: 3, utimes: 4, futimes: 4, opendir: 3 })) {
  Object.defineProperty(fs[name], 'length', { value: length });
  Object.defineProperty(fs[name], 'name', { value: name });
  Object.defineProperty(fs[`${name}Sync`], 'name', { value: `${name}Sync` });
  if (promises[name]) Object.defineProperty(promises[name], 'name', { value: name });
}

// `realpath.native`: one realpath(3) call (its errors name realpath, not lstat).
fs.realpath.native = function realpath(path, options, callback) {
  const cb = makeCallback(typeof options === 'function' ? options : callback);
  ops.realpath(path, typeof options === 'function' ? undefined : options, cb, true);
};
fs.realpathSync.native = function realpathSync(path, options) {
  return ops.realpath(path, options, undefined, true);
};

let existsSyncWarned = false;

fs.existsSync = function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    if (!existsSyncWarned) {
      existsSyncWarned = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
        'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  try {
    fs.accessSync(path);
    return true;
  } catch {
    return false;
  }
};

fs.exists = function exists(path, callback) {
  makeCallback(callback);
  try {
    fs.access(path, F_OK, (err) => callback(!err));
  } catch {
    process.nextTick(callback, false);
  }
};

fs.read = function read(fd, buffer, offset, length, position, callback) {
  const args = [buffer, offset, length, position, callback];
  const cb = makeCallback(args.findLast((a) => typeof a === 'function'));
  const clean = args.map((a) => (a === cb ? undefined : a));
  readInto(fd, readArgs(fd, ...clean.slice(0, 4)), cb);
};

fs.readSync = function readSync(fd, buffer, offset, length, position) {
  return readInto(fd, readArgs(fd, buffer, offset, length, position), undefined);
};

fs.write = function write(fd, data, offset, length, position, callback) {
  const args = [data, offset, length, position, callback];
  const cb = makeCallback(args.findLast((a) => typeof a === 'function'));
  const clean = args.map((a) => (a === cb ? undefined : a));
  const w = writeArgs(fd, ...clean.slice(0, 4));
  binding.write(fd, w.data, w.encoding, w.position,
    (err, n) => err ? cb(err) : cb(null, n, w.original ?? data));
};

fs.writeSync = function writeSync(fd, data, offset, length, position) {
  const w = writeArgs(fd, data, offset, length, position);
  return binding.write(fd, w.data, w.encoding, w.position, undefined);
};

fs.constants = constants;
fs.F_OK = F_OK;
fs.R_OK = constants.R_OK;
fs.W_OK = constants.W_OK;
fs.X_OK = constants.X_OK;
fs.Stats = Stats;
fs.Dirent = Dirent;
fs.Dir = Dir;

// --- fs.promises: FileHandle over a descriptor. ---

const kFd = Symbol('kFd');

function handleCall(fn) {
  return new Promise((resolve, reject) => fn((err, value) => err ? reject(err) : resolve(value)));
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
  }

  get fd() { return this[kFd]; }

  // Node's EBADF once the handle is closed.
  #checkOpen(syscall) {
    if (this[kFd] === -1) {
      const e = new Error(`file closed`);
      e.code = 'EBADF';
      e.syscall = syscall;
      throw e;
    }
    return this[kFd];
  }

  async read(buffer, offset, length, position) {
    const fd = this.#checkOpen('read');
    const a = readArgs(fd, buffer, offset, length, position);
    const bytesRead = await handleCall((cb) => readInto(fd, a, cb));
    return { bytesRead, buffer: a.buffer };
  }

  async write(data, offset, length, position) {
    const fd = this.#checkOpen('write');
    const w = writeArgs(fd, data, offset, length, position);
    const bytesWritten = await handleCall((cb) =>
      binding.write(fd, w.data, w.encoding, w.position, cb));
    return { bytesWritten, buffer: w.original ?? data };
  }

  readFile(options) {
    const fd = this.#checkOpen('read');
    return handleCall((cb) => ops.readFile(fd, options, cb));
  }

  writeFile(data, options) {
    const fd = this.#checkOpen('write');
    return handleCall((cb) => ops.writeFile(fd, data, options, cb));
  }

  appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async stat() {
    const fd = this.#checkOpen('fstat');
    return handleCall((cb) => ops.fstat(fd, undefined, cb));
  }

  async truncate(len) {
    const fd = this.#checkOpen('ftruncate');
    return handleCall((cb) => ops.ftruncate(fd, len, cb));
  }

  async chmod(mode) {
    const fd = this.#checkOpen('fchmod');
    return handleCall((cb) => ops.fchmod(fd, mode, cb));
  }

  async utimes(atime, mtime) {
    const fd = this.#checkOpen('futime');
    return handleCall((cb) => ops.futimes(fd, atime, mtime, cb));
  }

  async close() {
    if (this[kFd] === -1) return;
    const fd = this[kFd];
    this[kFd] = -1;
    await handleCall((cb) => binding.close(fd, cb));
    this.emit('close');
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }
}

// A signal stops waiting for the read: the promise rejects with an AbortError when it
// aborts first.
const readWholeFile = promises.readFile;
promises.readFile = function readFile(path, options) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    return Promise.reject(abortError(signal));
  }
  const read = readWholeFile(path, options);
  if (signal === undefined) {
    return read;
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    read.then((data) => {
      signal.removeEventListener('abort', onAbort);
      resolve(data);
    }, (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(err);
    });
  });
};

promises.open = function open(path, flags, mode) {
  return handleCall((cb) => ops.open(path, flags, mode, cb)).then((fd) => new FileHandle(fd));
};
promises.constants = constants;
fs.promises = promises;

// --- Streams: enough of Readable for readline and process.stdin. ---

const CHUNK = 65536;

// A file's contents as 'data' events (chunks of 64 KiB, strings once an encoding is
// set), then 'end' and 'close'. Reading starts when the stream flows: a 'data'
// listener, resume() or pipe().
class ReadStream extends EventEmitter {
  constructor(path, options) {
    super();
    options = getOptions(options, {});
    this.path = path;
    this.fd = options.fd ?? null;
    this.flags = options.flags ?? 'r';
    this.bytesRead = 0;
    this.start = options.start;
    this.end = options.end ?? Infinity;
    this.autoClose = options.autoClose ?? true;
    this.highWaterMark = options.highWaterMark ?? CHUNK;
    this._decoder = null;
    if (options.encoding) this.setEncoding(options.encoding);
    this._flowing = null;
    this._reading = false;
    this._ended = false;
    this.destroyed = false;
    this.on('newListener', (event) => {
      if (event === 'data' && this._flowing !== false) process.nextTick(() => this.resume());
    });
    if (this.fd === null) {
      fs.open(getValidatedPath(path), this.flags, 0o666, (err, fd) => {
        if (err) return this.destroy(err);
        this.fd = fd;
        this.emit('open', fd);
        this.emit('ready');
        this._read();
      });
    }
  }

  setEncoding(encoding) {
    this._decoder = new ChunkDecoder(encoding);
    return this;
  }

  resume() {
    if (this._flowing) return this;
    this._flowing = true;
    this._read();
    return this;
  }

  pause() {
    this._flowing = false;
    return this;
  }

  isPaused() {
    return this._flowing === false;
  }

  pipe(dest) {
    this.on('data', (chunk) => dest.write(chunk));
    return dest;
  }

  _read() {
    if (!this._flowing || this._reading || this.fd === null || this.destroyed || this._ended) return;
    const position = this.start === undefined ? -1 : this.start + this.bytesRead;
    const remaining = this.end - (this.start ?? 0) + 1 - this.bytesRead;
    const length = Math.max(0, Math.min(this.highWaterMark, remaining));
    this._reading = true;
    binding.read(this.fd, length, position, (err, bytes) => {
      this._reading = false;
      if (err) return this.destroy(err);
      if (bytes.length === 0) return this._finish();
      this.bytesRead += bytes.length;
      this.emit('data', this._decoder ? this._decoder.write(bytes) : bytes);
      this._read();
    });
  }

  _finish() {
    const rest = this._decoder?.end();
    if (rest) this.emit('data', rest);
    this._ended = true;
    this.emit('end');
    if (this.autoClose) this.destroy();
  }

  close(cb) {
    if (cb) this.once('close', cb);
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    const fd = this.fd;
    const closed = () => {
      if (err) this.emit('error', err);
      this.emit('close');
    };
    if (fd !== null && this.autoClose) {
      this.fd = null;
      fs.close(fd, () => closed());
    } else {
      process.nextTick(closed);
    }
    return this;
  }

  async *[Symbol.asyncIterator]() {
    const { on } = EventEmitter;
    for await (const [chunk] of on(this, 'data', { close: ['end', 'close'] })) {
      yield chunk;
    }
  }
}

fs.ReadStream = ReadStream;
fs.createReadStream = function createReadStream(path, options) {
  return new ReadStream(path, options);
};

// A file written by a queue of chunks, each written after the one before it:
// 'open' and 'ready' once the file is open, each write's callback when its bytes are
// written, then, after end(), the end callback, 'finish', and 'close' once the file
// is closed (Node's Writable over fs.write, with autoDestroy).
class WriteStream extends EventEmitter {
  constructor(path, options) {
    super();
    options = getOptions(options, {});
    this.path = options.fd === undefined ? getValidatedPath(path) : undefined;
    this.fd = options.fd ?? null;
    this.flags = options.flags ?? 'w';
    this.mode = options.mode ?? 0o666;
    this.start = options.start;
    this.bytesWritten = 0;
    this.autoClose = options.autoClose ?? true;
    this.writableHighWaterMark = options.highWaterMark ?? 16384;
    this.writableLength = 0;
    this.writableEnded = false;
    this.writableFinished = false;
    this.destroyed = false;
    this._encoding = options.encoding ?? 'utf8';
    this._queue = [];
    this._writing = false;
    this._onFinished = [];
    if (this.fd === null) {
      fs.open(this.path, this.flags, this.mode, (err, fd) => {
        if (err) return this.destroy(err);
        this.fd = fd;
        this.emit('open', fd);
        this.emit('ready');
        this._next();
      });
    }
  }

  get pending() { return this.fd === null; }

  get writable() { return !this.destroyed && !this.writableEnded; }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== 'string' && !binding.isView(chunk)) {
      throw invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
    }
    if (this.writableEnded) {
      const err = codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
      process.nextTick(() => {
        if (cb) cb(err);
        this.emit('error', err);
      });
      return false;
    }
    const data = typeof chunk === 'string' ? binding.encode(chunk, encoding ?? this._encoding) : chunk;
    this._queue.push({ data, cb });
    this.writableLength += data.byteLength;
    this._next();
    return this.writableLength < this.writableHighWaterMark;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (cb) {
      if (this.writableFinished) process.nextTick(cb);
      else this._onFinished.push(cb);
    }
    if (!this.writableEnded) {
      this.writableEnded = true;
      this._next();
    }
    return this;
  }

  _next() {
    if (this._writing || this.fd === null || this.destroyed) return;
    const item = this._queue.shift();
    if (item === undefined) {
      if (this.writableEnded && !this.writableFinished) this._finish();
      return;
    }
    this._writing = true;
    const position = this.start === undefined ? -1 : this.start + this.bytesWritten;
    binding.write(this.fd, item.data, undefined, position, (err, n) => {
      this._writing = false;
      if (err) {
        if (item.cb) item.cb(err);
        return this.destroy(err);
      }
      this.bytesWritten += n;
      this.writableLength -= item.data.byteLength;
      if (item.cb) item.cb(null);
      if (this._queue.length === 0 && !this.writableEnded && this._drain) {
        this._drain = false;
        this.emit('drain');
      }
      this._next();
    });
    if (this.writableLength >= this.writableHighWaterMark) this._drain = true;
  }

  _finish() {
    this.writableFinished = true;
    process.nextTick(() => {
      for (const cb of this._onFinished.splice(0)) cb(null);
      this.emit('finish');
      if (this.autoClose) this.destroy();
    });
  }

  close(cb) {
    if (cb) {
      if (this.destroyed && this._closed) process.nextTick(cb);
      else this.once('close', cb);
    }
    if (!this.writableEnded) this.end();
    else if (this.writableFinished) this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    const fd = this.fd;
    const closed = () => {
      this._closed = true;
      if (err) this.emit('error', err);
      this.emit('close');
    };
    if (fd !== null && this.autoClose) {
      this.fd = null;
      fs.close(fd, () => process.nextTick(closed));
    } else {
      process.nextTick(closed);
    }
    return this;
  }
}

fs.WriteStream = WriteStream;
fs.createWriteStream = function createWriteStream(path, options) {
  return new WriteStream(path, options);
};
