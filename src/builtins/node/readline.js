// `node:readline` and `node:readline/promises`, after Node's lib/internal/readline/
// interface.js without a terminal: an Interface reads its input stream's 'data',
// splits it into lines ('\n', '\r\n' or a lone '\r') and emits 'line' for each,
// or hands the next one to a pending question; the input's end flushes the last
// line and closes the interface.
'use strict';

const EventEmitter = require('events');
const { ChunkDecoder } = require('internal/fs/utf8-stream');
const { invalidArgType } = require('internal/util');

const kQuestion = Symbol('kQuestion');
const kLines = Symbol('kLines');

function useAfterClose() {
  const e = new Error('readline was closed');
  e.code = 'ERR_USE_AFTER_CLOSE';
  return e;
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let options = input;
    if (!(input && typeof input.on === 'function' && input.input === undefined)) {
      options = input ?? {};
    } else {
      options = { input, output, completer, terminal };
    }
    if (options.input === undefined || typeof options.input?.on !== 'function') {
      throw invalidArgType('input', 'an instance of Readable', options.input);
    }
    this.input = options.input;
    this.output = options.output;
    this.terminal = false;
    this.line = '';
    this.closed = false;
    this.crlfDelay = Math.max(100, options.crlfDelay ?? 100);
    this._prompt = options.prompt ?? '> ';
    this._buffer = '';
    this._paused = false;
    this._sawReturn = false;
    this._decoder = new ChunkDecoder('utf8');
    this[kQuestion] = null;

    this._onData = (chunk) => this._write(chunk);
    this._onEnd = () => {
      this._buffer += this._decoder.end();
      if (this._buffer.length > 0) {
        const last = this._buffer;
        this._buffer = '';
        this._onLine(last);
      }
      this.close();
    };
    this.input.on('data', this._onData);
    this.input.on('end', this._onEnd);
    this.input.resume?.();
  }

  getPrompt() { return this._prompt; }

  setPrompt(prompt) { this._prompt = prompt; }

  prompt() {
    if (this.closed) throw useAfterClose();
    if (this._paused) this.resume();
    this._writeOutput(this._prompt);
  }

  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (this.closed) throw useAfterClose();
    if (typeof cb !== 'function') return;
    if (this[kQuestion]) {
      this.prompt();
      return;
    }
    this[kQuestion] = cb;
    this._writeOutput(query);
    if (this._paused) this.resume();
  }

  write(data) {
    if (this.closed) throw useAfterClose();
    this._write(data);
  }

  pause() {
    if (this._paused) return this;
    this.input.pause?.();
    this._paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this._paused) return this;
    this.input.resume?.();
    this._paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.input.removeListener('data', this._onData);
    this.input.removeListener('end', this._onEnd);
    this.closed = true;
    this.emit('close');
  }

  _writeOutput(text) {
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  // New input: whole lines go out at once, each on its own.
  _write(chunk) {
    chunk = this._decoder.write(chunk);
    // A '\r' that ended the last chunk already ended its line.
    if (this._sawReturn && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this._buffer += chunk;
    this._sawReturn = this._buffer.endsWith('\r');
    const lines = this._buffer.split(/\r\n|\n|\r/);
    this._buffer = lines.pop();
    for (const line of lines) {
      if (this.closed) break;
      this._onLine(line);
    }
  }

  _onLine(line) {
    const question = this[kQuestion];
    if (question) {
      this[kQuestion] = null;
      question(line);
    } else {
      this.emit('line', line);
    }
  }

  // The lines as an async iterator (Node's `on(this, 'line', { close: ['close'] })`):
  // lines that come before they are asked for wait in a queue.
  [Symbol.asyncIterator]() {
    if (this[kLines] === undefined) {
      const events = EventEmitter.on(this, 'line', { close: ['close'] });
      this[kLines] = (async function* lines() {
        for await (const [line] of events) yield line;
      })();
    }
    return this[kLines];
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// readline/promises: `question` returns a promise of the answer.
class PromisesInterface extends Interface {
  question(query, options) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(useAfterClose());
        return;
      }
      super.question(query, options, resolve);
    });
  }
}

const promises = {
  Interface: PromisesInterface,
  createInterface(input, output, completer, terminal) {
    return new PromisesInterface(input, output, completer, terminal);
  },
};

module.exports = { Interface, createInterface, promises };
