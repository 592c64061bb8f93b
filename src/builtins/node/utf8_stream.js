// `internal/fs/utf8-stream`: decodes a stream's byte chunks as text, the way Node's
// StringDecoder does: a character cut off at the end of one chunk is decoded whole
// with the next, and what is left at the end decodes with U+FFFD.
'use strict';

const binding = require('internal/fs');

class ChunkDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = encoding;
    this.utf8 = /^utf-?8$/i.test(encoding);
    this.carry = null;
  }

  write(bytes) {
    if (typeof bytes === 'string') return bytes;
    if (this.carry) {
      const joined = new Uint8Array(this.carry.length + bytes.length);
      joined.set(this.carry);
      joined.set(bytes, this.carry.length);
      bytes = joined;
      this.carry = null;
    }
    if (!this.utf8) return binding.decode(bytes, this.encoding);
    const n = binding.utf8Complete(bytes);
    if (n < bytes.length) this.carry = bytes.slice(n);
    return binding.decode(bytes.subarray(0, n), 'utf8');
  }

  end() {
    const rest = this.carry;
    this.carry = null;
    return rest ? binding.decode(rest, this.encoding) : '';
  }
}

module.exports = { ChunkDecoder };
