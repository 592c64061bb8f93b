//! JavaScript strings: UTF-16 code units, with ropes so that `s += c` in a loop stays
//! linear (a concatenation is flattened once, when its characters are first read).

use super::heap::{Atom, Heap, StrRef, Trace, Tracer};

/// The longest string, in UTF-16 code units: V8's limit on 64-bit hosts (2^29 - 24),
/// so a program that builds a longer one gets `RangeError: Invalid string length` as in
/// Node instead of eating the machine's memory.
pub const MAX_STRING_LEN: usize = (1 << 29) - 24;

/// Concatenations shorter than this are copied at once; longer ones become ropes.
const ROPE_MIN_LEN: usize = 64;

#[derive(Debug)]
pub enum StrData {
    Flat(Vec<u16>),
    /// `left + right`, not yet copied into one buffer.
    Rope(StrRef, StrRef),
}

#[derive(Debug)]
pub struct JsString {
    pub data: StrData,
    len: u32,
    /// Set when this string is (or has been interned as) a property-key atom.
    pub atom: Option<Atom>,
}

impl JsString {
    pub fn flat(units: Vec<u16>) -> JsString {
        let len = units.len() as u32;
        JsString {
            data: StrData::Flat(units),
            len,
            atom: None,
        }
    }

    /// Length in UTF-16 code units.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Trace for JsString {
    fn trace(&self, tracer: &mut Tracer) {
        if let StrData::Rope(a, b) = self.data {
            tracer.str(a);
            tracer.str(b);
        }
    }
}

impl Heap {
    /// A new string from UTF-16 code units.
    pub fn alloc_units(&mut self, units: Vec<u16>) -> StrRef {
        self.alloc_string(JsString::flat(units))
    }

    /// A new string from Rust text.
    pub fn alloc_str(&mut self, text: &str) -> StrRef {
        self.alloc_units(text.encode_utf16().collect())
    }

    /// `a + b`, or `None` when the result would be longer than [`MAX_STRING_LEN`].
    pub fn concat(&mut self, a: StrRef, b: StrRef) -> Option<StrRef> {
        let (la, lb) = (self.string(a).len(), self.string(b).len());
        if la == 0 {
            return Some(b);
        }
        if lb == 0 {
            return Some(a);
        }
        let len = la + lb;
        if len > MAX_STRING_LEN {
            return None;
        }
        if len < ROPE_MIN_LEN {
            let mut units = Vec::with_capacity(len);
            units.extend_from_slice(self.flatten(a));
            units.extend_from_slice(self.flatten(b));
            return Some(self.alloc_units(units));
        }
        Some(self.alloc_string(JsString {
            data: StrData::Rope(a, b),
            // Fits: MAX_STRING_LEN < 2^32.
            len: len as u32,
            atom: None,
        }))
    }

    /// The code units of `s`, copying a rope into one buffer first. Iterative, so a
    /// rope a million concatenations deep cannot overflow the Rust stack.
    pub fn flatten(&mut self, s: StrRef) -> &[u16] {
        if let StrData::Rope(..) = self.string(s).data {
            let mut units = Vec::with_capacity(self.string(s).len());
            let mut stack = vec![s];
            while let Some(next) = stack.pop() {
                match &self.string(next).data {
                    StrData::Flat(u) => units.extend_from_slice(u),
                    StrData::Rope(l, r) => {
                        stack.push(*r);
                        stack.push(*l);
                    }
                }
            }
            self.string_mut(s).data = StrData::Flat(units);
        }
        match &self.string(s).data {
            StrData::Flat(u) => u,
            StrData::Rope(..) => unreachable!("flattened above"),
        }
    }

    /// The string as Rust text; lone surrogates become U+FFFD.
    pub fn to_rust_string(&mut self, s: StrRef) -> String {
        String::from_utf16_lossy(self.flatten(s))
    }

    /// Code-unit equality of two strings.
    pub fn str_eq(&mut self, a: StrRef, b: StrRef) -> bool {
        if a == b {
            return true;
        }
        let (sa, sb) = (self.string(a), self.string(b));
        if sa.len() != sb.len() {
            return false;
        }
        if let (Some(x), Some(y)) = (sa.atom, sb.atom) {
            return x == y;
        }
        let ua = self.flatten(a).to_vec();
        ua == self.flatten(b)
    }
}
