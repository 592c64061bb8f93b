//! JavaScript strings: UTF-16 code units. Building a string piece by piece stays
//! linear: `s += t` with a short `t` appends it in place to the buffer `s` ends (each
//! string built so is a prefix of one shared buffer), and other long concatenations
//! are ropes, copied into one buffer once, when their characters are first read.

use super::heap::{Atom, Heap, StrRef, Trace, Tracer};
use std::cell::UnsafeCell;
use std::rc::Rc;

/// The longest string, in UTF-16 code units: V8's limit on 64-bit hosts (2^29 - 24),
/// so a program that builds a longer one gets `RangeError: Invalid string length` as in
/// Node instead of eating the machine's memory.
pub const MAX_STRING_LEN: usize = (1 << 29) - 24;

/// Concatenations shorter than this are copied at once; longer ones append in place or
/// become ropes.
const ROPE_MIN_LEN: usize = 64;

/// Pieces at least this long are joined by ropes even to a string that could append
/// them: copying them gains nothing over a rope node, and `s += s` doubling a string
/// stays a few nodes, never copied unless read (as in V8).
const APPEND_MAX_LEN: usize = 256;

/// A rope used as the left side of another concatenation is copied into an appendable
/// buffer when it has at least one node per this many code units: such a rope was
/// built by appending short pieces, and appending in place is cheaper from then on.
/// Copying costs at most this many units per node it replaces, so a loop that keeps
/// concatenating stays linear.
const UNITS_PER_NODE: usize = 64;

/// Code units shared by the strings built by appending to them: each such string is
/// a prefix of the buffer.
///
/// Only a string as long as the whole buffer (its tip) appends, and only inside
/// `Heap::concat`, which holds the heap mutably: no slice of any string (all of which
/// are borrowed from the heap) is alive while the buffer grows, and the buffer is
/// never reachable from outside this module.
pub struct Buffer(UnsafeCell<Vec<u16>>);

impl Buffer {
    fn new(units: Vec<u16>) -> Rc<Buffer> {
        Rc::new(Buffer(UnsafeCell::new(units)))
    }

    fn len(&self) -> usize {
        // SAFETY: see the type's comment; no `&mut` to the vector is alive here.
        unsafe { (*self.0.get()).len() }
    }

    /// The first `len` units.
    fn prefix(&self, len: usize) -> &[u16] {
        // SAFETY: see the type's comment: the vector is mutated only by `append`, which
        // no borrow of the heap (and so of this slice) can outlive into.
        unsafe { &(&*self.0.get())[..len] }
    }

    /// Keeps the first `keep` units and appends `more`, which must not be borrowed
    /// from this buffer.
    ///
    /// # Safety
    /// No slice of this buffer may be alive (the caller holds the heap mutably, and
    /// `more` comes from another buffer or string).
    unsafe fn append(&self, keep: usize, more: &[u16]) {
        // SAFETY: as the function's contract says.
        let units = unsafe { &mut *self.0.get() };
        units.truncate(keep);
        units.extend_from_slice(more);
    }

    /// Appends `more` to the whole buffer (the one- and two-unit pieces of a `+=`
    /// loop without a call to `memcpy`).
    ///
    /// # Safety
    /// As for `append`.
    #[inline]
    unsafe fn push(&self, more: &[u16]) {
        // SAFETY: as the function's contract says.
        let units = unsafe { &mut *self.0.get() };
        match *more {
            [unit] => units.push(unit),
            _ => units.extend_from_slice(more),
        }
    }

    /// Keeps the first `keep` units and appends a copy of the first `n` of them.
    ///
    /// # Safety
    /// As for `append`.
    unsafe fn append_own_prefix(&self, keep: usize, n: usize) {
        // SAFETY: as the function's contract says.
        let units = unsafe { &mut *self.0.get() };
        units.truncate(keep);
        units.extend_from_within(..n);
    }
}

impl std::fmt::Debug for Buffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Buffer({} units)", self.len())
    }
}

#[derive(Debug)]
enum StrData {
    Flat(Vec<u16>),
    /// The first `len` units of a buffer shared with other strings.
    Built(Rc<Buffer>),
    /// `left + right`, not yet copied into one buffer; `nodes` counts the ropes in it
    /// (itself included), saturating.
    Rope {
        left: StrRef,
        right: StrRef,
        nodes: u32,
    },
}

#[derive(Debug)]
pub struct JsString {
    data: StrData,
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

    /// The code units, unless this is a rope not yet flattened (`Heap::flatten`).
    pub fn units(&self) -> Option<&[u16]> {
        match &self.data {
            StrData::Flat(units) => Some(units),
            StrData::Built(buffer) => Some(buffer.prefix(self.len())),
            StrData::Rope { .. } => None,
        }
    }

    /// Whether the units are this string's own (not a rope, not a prefix of a shared
    /// buffer).
    pub fn owns_units(&self) -> bool {
        matches!(self.data, StrData::Flat(_))
    }

    /// The ropes in this string.
    fn nodes(&self) -> u32 {
        match self.data {
            StrData::Rope { nodes, .. } => nodes,
            _ => 0,
        }
    }
}

impl Trace for JsString {
    fn trace(&self, tracer: &mut Tracer) {
        if let StrData::Rope { left, right, .. } = self.data {
            tracer.str(left);
            tracer.str(right);
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
        if let Some(s) = self.append_to_tip(a, b) {
            return Some(s);
        }
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
        let short_piece = lb < APPEND_MAX_LEN;
        if short_piece && let Some(buffer) = self.appendable(a) {
            return Some(self.append(buffer, la, b));
        }
        if len < ROPE_MIN_LEN {
            let mut units = Vec::with_capacity(len);
            units.extend_from_slice(self.flatten(a));
            units.extend_from_slice(self.flatten(b));
            return Some(self.alloc_units(units));
        }
        let nodes = self.string(a).nodes();
        if short_piece && nodes > 0 && nodes as usize * UNITS_PER_NODE >= la {
            self.flatten(a);
            let buffer = self
                .appendable(a)
                .expect("a flattened rope ends its buffer");
            return Some(self.append(buffer, la, b));
        }
        let nodes = nodes
            .saturating_add(self.string(b).nodes())
            .saturating_add(1);
        Some(self.alloc_string(JsString {
            data: StrData::Rope {
                left: a,
                right: b,
                nodes,
            },
            // Fits: MAX_STRING_LEN < 2^32.
            len: len as u32,
            atom: None,
        }))
    }

    /// `a + b` for the common step of a `+=` loop, with one look at each string: `a`
    /// is the whole of its buffer and `b` a short piece with its own units. `None`
    /// when that is not the case or the result would be too long: `concat` decides.
    #[inline]
    fn append_to_tip(&mut self, a: StrRef, b: StrRef) -> Option<StrRef> {
        let (sa, sb) = (self.string(a), self.string(b));
        let StrData::Built(buffer) = &sa.data else {
            return None;
        };
        let StrData::Flat(more) = &sb.data else {
            return None;
        };
        let len = sa.len() + more.len();
        if buffer.len() != sa.len()
            || more.is_empty()
            || more.len() >= APPEND_MAX_LEN
            || len > MAX_STRING_LEN
        {
            return None;
        }
        // SAFETY: `more` is the own vector of a flat string, not this buffer; no slice
        // of the buffer is alive (the strings that share it are only read through the
        // heap, which is held mutably here, and `sa`/`sb` borrow other memory).
        unsafe { buffer.push(more) };
        let buffer = buffer.clone();
        Some(self.alloc_string(JsString {
            data: StrData::Built(buffer),
            // Fits: checked against MAX_STRING_LEN above.
            len: len as u32,
            atom: None,
        }))
    }

    /// The buffer `s` may append to: the one it is a prefix of, when it is the whole
    /// buffer or no other string holds the buffer (the longer ones were collected).
    fn appendable(&self, s: StrRef) -> Option<Rc<Buffer>> {
        let string = self.string(s);
        match &string.data {
            StrData::Built(buffer)
                if buffer.len() == string.len() || Rc::strong_count(buffer) == 1 =>
            {
                Some(buffer.clone())
            }
            _ => None,
        }
    }

    /// A new string of the first `keep` units of `buffer` followed by `b`, made by
    /// appending `b` to the buffer.
    fn append(&mut self, buffer: Rc<Buffer>, keep: usize, b: StrRef) -> StrRef {
        // Flatten first: reading a rope may read this buffer, which must not be borrowed
        // while it grows.
        self.flatten(b);
        let more = self.string(b);
        let len = keep + more.len();
        match &more.data {
            // SAFETY: `b`'s units are in this very buffer (`s + s`): copied within it,
            // with no slice of it alive.
            StrData::Built(own) if Rc::ptr_eq(own, &buffer) => unsafe {
                buffer.append_own_prefix(keep, more.len())
            },
            // SAFETY: `b`'s units are in another buffer; this one has no slice alive
            // (the heap is held mutably, `more` borrows a different allocation).
            _ => unsafe { buffer.append(keep, more.units().expect("flattened above")) },
        }
        self.alloc_string(JsString {
            data: StrData::Built(buffer),
            // Fits: the caller checked `len` against MAX_STRING_LEN.
            len: len as u32,
            atom: None,
        })
    }

    /// The code units of `s`, copying a rope into one buffer first. Iterative, so a
    /// rope a million concatenations deep cannot overflow the Rust stack.
    pub fn flatten(&mut self, s: StrRef) -> &[u16] {
        if let StrData::Rope { .. } = self.string(s).data {
            let mut units = Vec::with_capacity(self.string(s).len());
            let mut stack = vec![s];
            while let Some(next) = stack.pop() {
                let string = self.string(next);
                if let StrData::Rope { left, right, .. } = string.data {
                    stack.push(right);
                    stack.push(left);
                } else {
                    units.extend_from_slice(string.units().expect("not a rope"));
                }
            }
            // A buffer, so that appending to the flattened rope copies nothing more.
            self.string_mut(s).data = StrData::Built(Buffer::new(units));
        }
        self.string(s).units().expect("flattened above")
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
        self.flatten(a);
        self.flatten(b);
        self.string(a).units() == self.string(b).units()
    }
}
