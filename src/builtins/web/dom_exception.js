// DOMException (WebIDL section 3.14.1), after Node's
// lib/internal/per_context/domexception.js: an Error whose name picks a legacy
// code, with name, message and code as prototype getters over internal state.
'use strict';

const internals = new WeakMap();

// The legacy names and their codes, in WebIDL's order (the constants' order).
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
const codeOfName = new Map(legacyCodes.map(([name], i) => [name, i + 1]));

function state(self) {
  const s = internals.get(self);
  if (s === undefined) {
    const e = new TypeError('Value of "this" must be of type DOMException');
    e.code = 'ERR_INVALID_THIS';
    throw e;
  }
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    if (options !== null && typeof options === 'object') {
      internals.set(this, { message: `${message}`, name: `${options.name}` });
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null,
          value: options.cause,
          configurable: true,
          writable: true,
          enumerable: false,
        });
      }
    } else {
      internals.set(this, { message: `${message}`, name: `${options}` });
    }
    Error.captureStackTrace(this);
  }

  get name() {
    return state(this).name;
  }

  get message() {
    return state(this).message;
  }

  get code() {
    return codeOfName.get(state(this).name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  __proto__: null,
  configurable: true,
  value: 'DOMException',
});
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { __proto__: null, enumerable: true });
}
legacyCodes.forEach(([, constant], i) => {
  const desc = { __proto__: null, enumerable: true, value: i + 1 };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
});

module.exports = DOMException;
