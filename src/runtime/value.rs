//! The JavaScript value: a 16-byte `Copy` enum whose heap variants are GC handles.

use super::heap::{BigRef, ObjRef, StrRef, SymRef};

/// A JavaScript value. Heap values are handles into the [`super::heap::Heap`]; they stay
/// valid as long as the value is reachable from a GC root.
///
/// A whole-word tag puts every payload at offset 8, so a value moves as two aligned
/// words. With a byte tag, `Bool` put its payload at offset 1 and copies became
/// overlapping unaligned moves that stall store forwarding on every spill.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(u64)]
pub enum Value {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(StrRef),
    Symbol(SymRef),
    Object(ObjRef),
    /// An immutable arbitrary-precision integer on the heap (a handle, like a string,
    /// so the value stays two words).
    BigInt(BigRef),
    /// Internal marker, never visible to scripts: an uninitialised `let`/`const`/`class`
    /// binding (the temporal dead zone) or a hole in an array's elements.
    Empty,
}

impl Value {
    pub fn is_undefined(self) -> bool {
        matches!(self, Value::Undefined)
    }

    pub fn is_nullish(self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }

    pub fn as_object(self) -> Option<ObjRef> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_number(self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// `undefined` for the internal `Empty` marker, the value itself otherwise.
    pub fn or_undefined(self) -> Value {
        match self {
            Value::Empty => Value::Undefined,
            v => v,
        }
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Value {
        Value::Number(n)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Object(o)
    }
}

impl From<StrRef> for Value {
    fn from(s: StrRef) -> Value {
        Value::String(s)
    }
}

// The interpreter moves values as two words; a new variant must keep it so.
const _: () = assert!(size_of::<Value>() == 16);
