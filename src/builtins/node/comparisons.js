// Node's deep equality (lib/internal/util/comparisons.js), shared by
// `util.isDeepStrictEqual` and `assert`: strict mode compares prototypes, tags and
// primitives by Object.is; loose mode compares primitives with == and ignores
// prototypes.
'use strict';

const { types } = require('internal/util');

const objectToString = (v) => Object.prototype.toString.call(v);

function isEnumerableSymbolKeys(o) {
  return Object.getOwnPropertySymbols(o).filter((s) => Object.prototype.propertyIsEnumerable.call(o, s));
}

// The keys deep equality compares: own enumerable string keys (array indices left
// to the element comparison) and, in strict mode, own enumerable symbols.
function comparedKeys(o, skipIndices, strict) {
  let keys = Object.keys(o);
  if (skipIndices) {
    keys = keys.filter((k) => !(String(k >>> 0) === k && k >>> 0 !== 2 ** 32 - 1));
  }
  return strict ? keys.concat(isEnumerableSymbolKeys(o)) : keys;
}

// The same own enumerable keys with deeply equal values, Map and Set entries
// regardless of order, and cycles matched pairwise.
function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true, undefined);
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false, undefined);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    return a !== 0 || Object.is(a, b) || !strict;
  }
  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) {
      return false;
    }
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
      return false;
    }
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') {
      return false;
    }
  }
  const tag = objectToString(a);
  if (tag !== objectToString(b)) {
    return false;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    const keysA = comparedKeys(a, true, strict);
    if (keysA.length !== comparedKeys(b, true, strict).length) {
      return false;
    }
    return keyCheck(a, b, strict, memos, 'array', keysA);
  }
  if (tag === '[object Object]' && !types.isBoxedPrimitive(a) && !types.isNativeError(a) &&
      !(a instanceof Error)) {
    if (types.isBoxedPrimitive(b) || types.isNativeError(b)) {
      return false;
    }
    return keyCheck(a, b, strict, memos, 'object');
  }
  if (tag === '[object Date]' && typeof Date.prototype?.getTime === 'function') {
    if (!Object.is(Date.prototype.getTime.call(a), Date.prototype.getTime.call(b))) {
      return false;
    }
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (types.isNativeError(a) || a instanceof Error) {
    if ((!types.isNativeError(b) && !(b instanceof Error)) ||
        a.message !== b.message || a.name !== b.name) {
      return false;
    }
    if ('cause' in a !== 'cause' in b || !innerDeepEqual(a.cause, b.cause, strict, memos)) {
      return false;
    }
    if ('errors' in a !== 'errors' in b || !innerDeepEqual(a.errors, b.errors, strict, memos)) {
      return false;
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf()) ||
        types.isNumberObject(a) !== types.isNumberObject(b) ||
        types.isStringObject(a) !== types.isStringObject(b) ||
        types.isBooleanObject(a) !== types.isBooleanObject(b) ||
        types.isSymbolObject(a) !== types.isSymbolObject(b)) {
      return false;
    }
  } else if (types.isBoxedPrimitive(b) || types.isNativeError(b)) {
    return false;
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) {
      return false;
    }
    return keyCheck(a, b, strict, memos, 'set');
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) {
      return false;
    }
    return keyCheck(a, b, strict, memos, 'map');
  } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, 'object');
}

function keyCheck(a, b, strict, memos, kind, keysA) {
  if (keysA === undefined) {
    keysA = comparedKeys(a, false, strict);
    if (keysA.length !== comparedKeys(b, false, strict).length) {
      return false;
    }
  }
  for (const key of keysA) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) {
      return false;
    }
  }
  // Cycles: a pair already being compared counts as equal.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const seenA = memos.a.get(a);
    if (seenA !== undefined) {
      const seenB = memos.b.get(b);
      if (seenB !== undefined) {
        return seenA === seenB;
      }
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = objEquiv(a, b, strict, memos, kind, keysA);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function objEquiv(a, b, strict, memos, kind, keys) {
  if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      const hasA = Object.prototype.hasOwnProperty.call(a, i);
      if (hasA !== Object.prototype.hasOwnProperty.call(b, i)) {
        return false;
      }
      if (hasA && !innerDeepEqual(a[i], b[i], strict, memos)) {
        return false;
      }
    }
  } else if (kind === 'set') {
    if (!setEquiv(a, b, strict, memos)) {
      return false;
    }
  } else if (kind === 'map') {
    if (!mapEquiv(a, b, strict, memos)) {
      return false;
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) {
      return false;
    }
  }
  return true;
}

function setEquiv(a, b, strict, memos) {
  const pending = [];
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      pending.push(value);
    } else if (!b.has(value)) {
      return false;
    }
  }
  if (pending.length === 0) {
    return true;
  }
  const candidates = [];
  for (const value of b) {
    if (typeof value === 'object' && value !== null && !a.has(value)) {
      candidates.push(value);
    } else if (typeof value === 'object' && value !== null) {
      pending.splice(pending.indexOf(value), 1);
    }
  }
  for (const value of pending) {
    const i = candidates.findIndex((c) => innerDeepEqual(value, c, strict, memos));
    if (i === -1) {
      return false;
    }
    candidates.splice(i, 1);
  }
  return candidates.length === 0;
}

function mapEquiv(a, b, strict, memos) {
  const pending = [];
  for (const [key, value] of a) {
    if (typeof key === 'object' && key !== null && !b.has(key)) {
      pending.push([key, value]);
    } else if (!b.has(key) || !innerDeepEqual(value, b.get(key), strict, memos)) {
      return false;
    }
  }
  if (pending.length === 0) {
    return true;
  }
  const candidates = [];
  for (const [key, value] of b) {
    if (typeof key === 'object' && key !== null && !a.has(key)) {
      candidates.push([key, value]);
    }
  }
  for (const [key, value] of pending) {
    const i = candidates.findIndex(([k, v]) =>
      innerDeepEqual(key, k, strict, memos) && innerDeepEqual(value, v, strict, memos));
    if (i === -1) {
      return false;
    }
    candidates.splice(i, 1);
  }
  return candidates.length === 0;
}

module.exports = { isDeepEqual, isDeepStrictEqual };
