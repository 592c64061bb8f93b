//! Objects: a prototype, an insertion-ordered property map, and a kind that holds the
//! internal slots of exotic and built-in objects (array elements, function code, ...).

use super::heap::{Atom, BigRef, EnvRef, ObjRef, StrRef, SymRef, Trace, Tracer, prefetch_slice};
use super::shape::{self, MAX_SHAPED_KEYS, SCANNED_BELOW, Shape, ShapeClass};
use super::value::Value;
use crate::compiler::bytecode::FunctionTemplate;
use crate::vm::{JsResult, Vm};
use rustc_hash::FxHashMap;
use std::mem::ManuallyDrop;
use std::rc::Rc;

/// A property key after `ToPropertyKey`: array indices get their own variant so that
/// elements and the spec's key order ("integer keys ascending first") are cheap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PropertyKey {
    /// A canonical array index `0 ..= 2^32 - 2`.
    Index(u32),
    String(Atom),
    Symbol(SymRef),
    /// A private class member (`#x`): only the class's code can name it, it is never
    /// inherited and no reflection lists it.
    Private(SymRef),
}

pub const WRITABLE: u8 = 1;
pub const ENUMERABLE: u8 = 2;
pub const CONFIGURABLE: u8 = 4;
/// The attributes of a property created by assignment or in a literal.
pub const DEFAULT_ATTRS: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;
/// The attributes of built-in methods: writable and configurable, not enumerable.
pub const METHOD_ATTRS: u8 = WRITABLE | CONFIGURABLE;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Slot {
    Data(Value),
    Accessor {
        get: Option<ObjRef>,
        set: Option<ObjRef>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Property {
    pub slot: Slot,
    pub attrs: u8,
}

impl Property {
    pub fn data(value: Value, attrs: u8) -> Property {
        Property {
            slot: Slot::Data(value),
            attrs,
        }
    }

    pub fn writable(&self) -> bool {
        self.attrs & WRITABLE != 0
    }

    pub fn enumerable(&self) -> bool {
        self.attrs & ENUMERABLE != 0
    }

    pub fn configurable(&self) -> bool {
        self.attrs & CONFIGURABLE != 0
    }
}

/// An object's own properties in insertion order: the entries themselves (key,
/// attributes, value), and either a shape or, for objects used as maps, a
/// dictionary index.
///
/// Shaped mode: the keys are exactly those of `shape`, in its order, so a cache that
/// saw this shape knows where a key sits. Dictionary mode (`shape` is `None`) starts
/// when a key other than the last is deleted or past `MAX_SHAPED_KEYS` keys; from then
/// on keys are found by a scan, or by a hash index past `INDEXED_FROM` entries, and no
/// cache remembers the object's own keys.
///
/// Objects used as prototypes stay in whichever mode they are in: a prototype-chain
/// cache entry names its holder by position, which is stable in both modes until the
/// holder's keys change, and such a change to a `watched` map (one some cache looked
/// through) ends those entries (`shape::invalidate`). That keeps a method table like
/// `Array.prototype` cached as well as a class's small prototype.
pub struct PropertyMap {
    /// The entries; read through `entries` and changed only through `entries_mut`.
    /// When `shared`, a view of a table this map does not own (see
    /// `with_shared_shape`): never written, grown or freed through the map.
    storage: ManuallyDrop<Vec<Entry>>,
    shared: bool,
    shape: Option<Rc<Shape>>,
    index: Option<Box<FxHashMap<PropertyKey, u32>>>,
    /// A cache looked through this object to a prototype (or past it): changing its
    /// keys or attributes must end prototype-chain cache entries.
    watched: bool,
}

impl Default for PropertyMap {
    fn default() -> Self {
        PropertyMap::with_class(ShapeClass::Ordinary)
    }
}

/// One key and its property, in a `PropertyMap`'s order.
pub type Entry = (PropertyKey, Property);

/// The size from which a dictionary-mode `PropertyMap` keeps a hash index.
const INDEXED_FROM: usize = 12;

impl PropertyMap {
    /// An empty map whose shapes are of `class`.
    pub fn with_class(class: ShapeClass) -> PropertyMap {
        PropertyMap {
            storage: ManuallyDrop::new(Vec::new()),
            shared: false,
            shape: Some(Shape::empty(class)),
            index: None,
            watched: false,
        }
    }

    /// A map of `entries` (distinct keys, allocated to size) laid out as `shape` says,
    /// for objects made many times with the same keys (function objects): no lookups
    /// and no transitions.
    pub fn with_shape(entries: Vec<Entry>, shape: Rc<Shape>) -> PropertyMap {
        debug_assert!(shape.len() == entries.len());
        PropertyMap {
            storage: ManuallyDrop::new(entries),
            shared: false,
            shape: Some(shape),
            index: None,
            watched: false,
        }
    }

    /// `with_shape` over `table`, shared with other maps instead of copied: each reads
    /// it until it changes a property, and then gets a copy of its own. So the arrows
    /// and methods of one template share their `length`/`name` table, and making one
    /// allocates no property storage. Reads cost what they cost on an owned table.
    ///
    /// # Safety
    /// `table` must outlive the map and stay unchanged while it lives. (A function's
    /// table lives in its template, which the function object holds.)
    pub unsafe fn with_shared_shape(table: &[Entry], shape: Rc<Shape>) -> PropertyMap {
        debug_assert!(shape.len() == table.len());
        // SAFETY: a view of `table` as a vector that is never grown, written or
        // dropped: `entries_mut` copies it first, and `Drop` skips it.
        let view =
            unsafe { Vec::from_raw_parts(table.as_ptr().cast_mut(), table.len(), table.len()) };
        PropertyMap {
            storage: ManuallyDrop::new(view),
            shared: true,
            shape: Some(shape),
            index: None,
            watched: false,
        }
    }

    #[inline(always)]
    fn entries(&self) -> &[Entry] {
        &self.storage
    }

    /// The entries to change: a shared table is copied first.
    #[inline(always)]
    fn entries_mut(&mut self) -> &mut Vec<Entry> {
        if self.shared {
            self.unshare();
        }
        &mut self.storage
    }

    /// Gives the map its own copy of the table it shares.
    #[cold]
    #[inline(never)]
    fn unshare(&mut self) {
        self.storage = ManuallyDrop::new(self.storage.to_vec());
        self.shared = false;
    }

    /// The shape of `class` objects with `keys` added in this order.
    pub fn shape_for(class: ShapeClass, keys: &[PropertyKey]) -> Rc<Shape> {
        let mut shape = Shape::empty(class);
        for (i, &key) in keys.iter().enumerate() {
            shape = shape.child(key, keys[..i].iter());
        }
        shape
    }

    pub fn len(&self) -> usize {
        self.entries().len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries().is_empty()
    }

    /// The object's shape; `None` in dictionary mode.
    #[inline]
    pub fn shape(&self) -> Option<&Rc<Shape>> {
        self.shape.as_ref()
    }

    /// Room for `n` more properties, so an object whose size is known ahead (a
    /// literal, a constructor's `this.x = ...` assignments) grows its entries once.
    pub fn reserve(&mut self, n: usize) {
        self.entries_mut().reserve(n);
    }

    /// Room for exactly `n` more entries (a count known in advance).
    pub fn reserve_exact(&mut self, n: usize) {
        self.entries_mut().reserve_exact(n);
    }

    /// Marks the map as looked through by a prototype-chain cache entry.
    pub fn watch(&mut self) {
        self.watched = true;
    }

    pub fn is_watched(&self) -> bool {
        self.watched
    }

    fn changed_layout(&self) {
        if self.watched {
            shape::invalidate();
        }
    }

    /// The position of `key`.
    #[inline]
    pub fn get_index_of(&self, key: &PropertyKey) -> Option<usize> {
        // Small maps are scanned without touching the shape (one cache miss fewer).
        if self.entries().len() < SCANNED_BELOW {
            return self.entries().iter().position(|(k, _)| k == key);
        }
        match (&self.shape, &self.index) {
            (Some(shape), _) => shape.position(key, self.entries().iter().map(|(k, _)| k)),
            (None, Some(index)) => index.get(key).map(|&i| i as usize),
            (None, None) => self.entries().iter().position(|(k, _)| k == key),
        }
    }

    #[inline]
    pub fn get(&self, key: &PropertyKey) -> Option<&Property> {
        self.get_index_of(key).map(|i| &self.entries()[i].1)
    }

    /// The property `key` to change in place. Callers that may change its attributes
    /// or turn it between data and accessor on a watched map end the prototype-chain
    /// caches here; a plain value write goes through `write_value` instead.
    #[inline]
    pub fn get_mut(&mut self, key: &PropertyKey) -> Option<&mut Property> {
        let i = self.get_index_of(key)?;
        self.changed_layout();
        Some(&mut self.entries_mut()[i].1)
    }

    /// Writes `value` into the data property `key` when it is writable: `Some(true)`;
    /// `Some(false)` when it is read-only or an accessor, `None` when absent. Values
    /// are read live by every cache, so no cache ends.
    #[inline]
    pub fn write_value(&mut self, key: &PropertyKey, value: Value) -> Option<bool> {
        let i = self.get_index_of(key)?;
        Some(self.write_value_at(i, value))
    }

    /// `write_value` for the property at position `i`.
    #[inline(always)]
    pub fn write_value_at(&mut self, i: usize, value: Value) -> bool {
        // A shared table holds read-only `length` and `name`: most writes fail there.
        if self.shared && !self.entries()[i].1.writable() {
            return false;
        }
        match &mut self.entries_mut()[i].1 {
            Property {
                slot: Slot::Data(v),
                attrs,
            } if *attrs & WRITABLE != 0 => {
                *v = value;
                true
            }
            _ => false,
        }
    }

    pub fn contains_key(&self, key: &PropertyKey) -> bool {
        self.get_index_of(key).is_some()
    }

    /// The entry at position `i`.
    #[inline]
    pub fn get_index(&self, i: usize) -> Option<(&PropertyKey, &Property)> {
        self.entries().get(i).map(|(k, p)| (k, p))
    }

    /// Inserts or replaces; a replaced property keeps its position.
    pub fn insert(&mut self, key: PropertyKey, prop: Property) {
        if let Some(i) = self.get_index_of(&key) {
            let old = &mut self.entries_mut()[i].1;
            let same_layout = old.attrs == prop.attrs
                && matches!(
                    (old.slot, prop.slot),
                    (Slot::Data(_), Slot::Data(_)) | (Slot::Accessor { .. }, Slot::Accessor { .. })
                );
            *old = prop;
            if !same_layout {
                self.changed_layout();
            }
            return;
        }
        match &self.shape {
            Some(shape) if self.entries().len() < MAX_SHAPED_KEYS => {
                let child = shape.child(key, self.entries().iter().map(|(k, _)| k));
                self.push_with_shape(key, prop, child);
            }
            Some(_) => {
                self.changed_layout();
                self.make_dictionary();
                self.push_entry(key, prop);
            }
            None => {
                self.changed_layout();
                self.push_entry(key, prop);
            }
        }
    }

    /// Appends `key` (absent) whose shape after the append is known to be `shape`
    /// (a cached transition of the current shape).
    #[inline]
    pub fn push_with_shape(&mut self, key: PropertyKey, prop: Property, shape: Rc<Shape>) {
        self.changed_layout();
        let entries = self.entries_mut();
        let len = entries.len();
        if len == entries.capacity() {
            // Room for the keys objects of this layout went on to get, never more
            // than doubling would give: a `{left, right}` or a constructor's four
            // fields take one allocation of their size, not a growing one of four.
            let room = shape.expected_len().clamp(len + 1, (2 * len).max(4));
            if len == 0 {
                // A plain allocation: growing an empty vector takes the reallocating path.
                *entries = Vec::with_capacity(room);
            } else {
                entries.reserve_exact(room - len);
            }
        }
        entries.push((key, prop));
        self.shape = Some(shape);
    }

    /// Appends `key` in dictionary mode.
    fn push_entry(&mut self, key: PropertyKey, prop: Property) {
        let entries = self.entries_mut();
        entries.push((key, prop));
        let len = entries.len();
        match &mut self.index {
            Some(index) => {
                index.insert(key, (len - 1) as u32);
            }
            None if len > INDEXED_FROM => self.rebuild_index(),
            None => {}
        }
    }

    /// Leaves shaped mode for good: the object is used as a map.
    fn make_dictionary(&mut self) {
        self.shape = None;
        self.rebuild_index();
    }

    /// Removes `key`, keeping the order of the others.
    pub fn shift_remove(&mut self, key: &PropertyKey) -> Option<Property> {
        let i = self.get_index_of(key)?;
        self.changed_layout();
        if let Some(shape) = &self.shape {
            // Deleting the last key returns to the parent shape, so an object that
            // adds and removes one temporary key keeps its place in the tree.
            if i + 1 == self.entries().len()
                && let Some(parent) = shape.parent()
            {
                self.shape = Some(parent.clone());
                return self.entries_mut().pop().map(|(_, p)| p);
            }
            self.make_dictionary();
        }
        let (_, prop) = self.entries_mut().remove(i);
        if self.index.is_some() {
            self.rebuild_index();
        }
        Some(prop)
    }

    /// Keeps the properties for which `keep` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&PropertyKey, &mut Property) -> bool) {
        let before = self.entries().len();
        self.changed_layout();
        self.entries_mut().retain_mut(|(k, p)| keep(k, p));
        if self.entries().len() != before {
            self.make_dictionary();
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &PropertyKey> {
        self.entries().iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&PropertyKey, &Property)> {
        self.entries().iter().map(|(k, p)| (k, p))
    }

    fn rebuild_index(&mut self) {
        self.index = (self.entries().len() > INDEXED_FROM).then(|| {
            Box::new(
                self.entries()
                    .iter()
                    .enumerate()
                    .map(|(i, (k, _))| (*k, i as u32))
                    .collect(),
            )
        });
    }
}

impl<'a> IntoIterator for &'a PropertyMap {
    type Item = (&'a PropertyKey, &'a Property);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (PropertyKey, Property)>,
        fn(&'a (PropertyKey, Property)) -> (&'a PropertyKey, &'a Property),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries().iter().map(|(k, p)| (k, p))
    }
}

impl Drop for PropertyMap {
    fn drop(&mut self) {
        if !self.shared {
            // SAFETY: an owned table, dropped once, here.
            unsafe { ManuallyDrop::drop(&mut self.storage) };
        }
    }
}

/// A built-in function: `fn(vm, this, args)`. When called with `new`, `this` is the
/// `new.target` object.
pub type NativeFn = fn(&mut Vm, Value, &[Value]) -> JsResult<Value>;

/// A function implemented in Rust.
pub struct NativeFunction {
    pub call: NativeFn,
    /// Present for constructors (`new Array()`); receives `new.target` as `this`.
    pub construct: Option<NativeFn>,
    /// Values the function closes over (e.g. the promise a resolving function settles).
    pub captures: Vec<Value>,
    /// The name the function was made with (V8's SharedFunctionInfo name): stack
    /// traces find the method a frame was called as by it, even after `name` changes.
    pub name: Atom,
    /// Left out of stack traces, as V8 leaves out its trampolines
    /// (`Function.prototype.call`, `Reflect.apply`, ...) and Node its own functions.
    pub hidden: bool,
}

/// A function written in JavaScript: compiled code plus the scope it closes over.
pub struct Closure {
    pub template: Rc<FunctionTemplate>,
    pub env: Option<EnvRef>,
    /// The object whose prototype `super` refers to in methods.
    pub home_object: Option<ObjRef>,
    /// For class constructors: the function that initialises instance fields.
    pub field_init: Option<ObjRef>,
}

/// `f.bind(this, ...args)`
pub struct BoundFunction {
    pub target: ObjRef,
    pub this: Value,
    pub args: Vec<Value>,
}

/// A Proxy exotic object's [[ProxyTarget]] and [[ProxyHandler]] (both `None` once
/// revoked), and whether it answers [[Call]] and [[Construct]], fixed at creation from
/// its target (10.5.14 ProxyCreate) so a revoked proxy keeps its `typeof`.
pub struct ProxyData {
    pub target: Option<ObjRef>,
    pub handler: Option<ObjRef>,
    pub callable: bool,
    pub constructor: bool,
}

/// An array's elements; `length` may exceed `elements.len()` (the rest are holes, or
/// sparse elements stored as `PropertyKey::Index` properties).
pub struct ArrayData {
    pub elements: Vec<Value>,
    pub length: u32,
}

/// An `arguments` object's indices kept as an array keeps its elements (plain data
/// properties; `Value::Empty` where there is none, a non-default one lives in the
/// map), so making one, reading it and spreading it (`f.apply(this, arguments)`) are
/// not property-map work. Its `length` is an ordinary property.
pub struct ArgumentsData {
    pub elements: Vec<Value>,
    /// Present for mapped arguments objects.
    pub map: Option<Box<ParameterMap>>,
}

/// A mapped `arguments` object's link to its function's parameters: index `i` aliases
/// slot `slots[i]` of `env` while that is `Some` (defining the index as an accessor or
/// read-only, or deleting it, unmaps it).
#[derive(Debug)]
pub struct ParameterMap {
    pub env: EnvRef,
    pub slots: Vec<Option<u16>>,
}

/// A place in a source text: the file it came from (or what stands for it) and a
/// byte offset.
pub type ThrowSite = (Rc<crate::compiler::bytecode::Source>, u32);

/// The internal slots that make an object more than a bag of properties.
pub enum ObjectKind {
    Ordinary,
    Array(ArrayData),
    Function(Closure),
    Native(NativeFunction),
    Bound(BoundFunction),
    /// An object made by an Error constructor (`[[ErrorData]]`), with the `    at ...`
    /// lines of the stack captured when it was made (none when `Error.stackTraceLimit`
    /// was not a number). Its own `stack` accessor formats them when first read, so a
    /// name set by a subclass constructor shows in it (as in V8), and keeps that text
    /// (or the value assigned to `stack`) in `stack`.
    Error {
        frames: Option<Rc<str>>,
        stack: Option<Value>,
        /// Where the error points when it ends the process, when that is not the
        /// first frame of its stack (JSON.parse points into the text it parsed).
        site: Option<Box<ThrowSite>>,
    },
    /// An `arguments` object; a sloppy function with simple parameters maps its indices
    /// to the parameters' bindings (10.4.4).
    Arguments(ArgumentsData),
    Boolean(bool),
    Number(f64),
    /// A Date's `[[DateValue]]`: milliseconds since the epoch, or NaN.
    Date(f64),
    String(StrRef),
    Symbol(SymRef),
    /// A BigInt wrapper object (`Object(1n)`): its `[[BigIntData]]`.
    BigInt(BigRef),
    /// An Array Iterator over `target` (`keys`, `values`, `entries`).
    ArrayIterator(ArrayIteratorData),
    /// CreateAsyncFromSyncIterator's result: a sync iterator and its `next` method
    /// seen as an async iterator ([[SyncIteratorRecord]]).
    AsyncFromSyncIterator {
        iterator: Value,
        next: Value,
    },
    /// An iterator helper (`map`, `filter`, `take`, `drop`, `flatMap`): its generator
    /// state and underlying iterator.
    IteratorHelper(Box<crate::builtins::iterator_helpers::IteratorHelper>),
    /// `Iterator.from`'s wrapper of an iterator that does not inherit from
    /// %Iterator.prototype% ([[Iterated]]).
    WrappedIterator {
        iterator: Value,
        next: Value,
    },
    /// A String Iterator: code points of `string` from `position`.
    StringIterator {
        string: StrRef,
        position: u32,
    },
    /// A generator object (or an async function's state): its suspended frame.
    Generator(Box<crate::vm::GeneratorData>),
    /// A regular expression (`[[RegExpMatcher]]`, `[[OriginalSource]]`,
    /// `[[OriginalFlags]]`).
    RegExp {
        source: StrRef,
        flags: StrRef,
        matcher: Rc<crate::builtins::regexp::Matcher>,
    },
    /// A RegExp String Iterator (`matchAll`): runs `regexp` over `string` until it
    /// fails, or once when not global.
    RegExpStringIterator {
        regexp: Value,
        string: StrRef,
        global: bool,
        unicode: bool,
        done: bool,
    },
    /// The state of a for-in loop: the keys left to visit and the object they came
    /// from (a key deleted during the loop is skipped).
    ForIn {
        keys: Vec<Value>,
        next: usize,
        object: ObjRef,
    },
    /// `[[MapData]]` (boxed, as the other collections: every object's cell is as
    /// large as its largest kind)
    Map(Box<MapData>),
    /// `[[SetData]]` (entry values unused)
    Set(Box<MapData>),
    /// `[[WeakMapData]]`: an entry lives only while its key is reachable from elsewhere.
    WeakMap(Box<MapData>),
    /// `[[WeakSetData]]`: a value stays only while it is reachable from elsewhere.
    WeakSet(Box<MapData>),
    /// `[[WeakRefTarget]]`: an object or symbol, or undefined once the collector
    /// found it unreachable (see `Heap::clear_weak_targets`).
    WeakRef(Value),
    /// A FinalizationRegistry's cleanup callback and cells (`[[Cells]]`).
    FinalizationRegistry(Box<crate::builtins::weak_ref::RegistryData>),
    /// A Map Iterator over `target` from entry position `next`.
    MapIterator(CollectionIterData),
    /// A Set Iterator over `target` from entry position `next`.
    SetIterator(CollectionIterData),
    /// A promise's [[PromiseState]], [[PromiseResult]], reactions and
    /// [[PromiseIsHandled]].
    Promise(super::event_loop::PromiseData),
    /// Values an engine-made function closes over (a promise's resolving functions
    /// share one of these as their bound `this`); never visible to scripts.
    InternalSlots(Vec<Value>),
    /// The object `setTimeout`/`setInterval` return, holding the timer's id.
    Timeout(u32),
    /// A Proxy exotic object (10.5): every internal method goes to its handler's trap.
    Proxy(ProxyData),
    /// A module namespace exotic object (10.4.6): each export name, sorted, with the
    /// lexical slot its binding lives in (see `modules::namespace`).
    ModuleNamespace(Rc<[(PropertyKey, u32)]>),
    /// An ArrayBuffer or SharedArrayBuffer: `[[ArrayBufferData]]` and its length
    /// limit (see `builtins::binary`).
    ArrayBuffer(Box<crate::builtins::binary::BufferData>),
    /// A typed array (an integer-indexed exotic object, 10.4.5): its element type and
    /// its window on a buffer.
    TypedArray(Box<crate::builtins::binary::TypedArrayData>),
    /// A DataView: a window on a buffer read and written in either byte order.
    DataView(Box<crate::builtins::binary::ViewData>),
}

/// The entries of a Map or Set in insertion order. A deleted entry becomes a tombstone
/// (`None`) so positions held by live iterators stay valid; `index` maps a key's
/// SameValueZero representation to its position.
#[derive(Default)]
pub struct MapData {
    pub entries: Vec<Option<(Value, Value)>>,
    pub index: rustc_hash::FxHashMap<MapKey, usize>,
    /// Live iterators and running loops that hold positions into `entries`;
    /// tombstones are only compacted away while there are none.
    pub walkers: u32,
}

/// A key compared by SameValueZero: strings by content, numbers by bits after
/// normalising -0 and NaN, heap values by handle.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum MapKey {
    Undefined,
    Null,
    Bool(bool),
    Number(u64),
    String(Box<[u16]>),
    Symbol(SymRef),
    Object(ObjRef),
    /// A BigInt by its value (two's-complement little-endian bytes).
    BigInt(Box<[u8]>),
}

pub struct CollectionIterData {
    /// `None` once the iterator is exhausted.
    pub target: Option<ObjRef>,
    pub next: usize,
    pub kind: IterKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

pub struct ArrayIteratorData {
    /// `None` once the iterator is exhausted.
    pub target: Option<ObjRef>,
    pub next: u32,
    pub kind: IterKind,
}

impl ObjectKind {
    /// The shape class of objects of this kind: which named keys are exotic. Every
    /// kind is listed, so a new kind must decide how caches see it.
    pub fn shape_class(&self) -> ShapeClass {
        match self {
            ObjectKind::Array(_) => ShapeClass::Array,
            ObjectKind::String(_) => ShapeClass::StringWrapper,
            ObjectKind::Proxy(_) | ObjectKind::ModuleNamespace(_) => ShapeClass::Exotic,
            // Numeric keys never reach a cache (they are indices, or names like `NaN`
            // whose lookups the typed array's own methods answer as a miss), so its
            // named keys are ordinary.
            ObjectKind::TypedArray(_) => ShapeClass::Ordinary,
            ObjectKind::Ordinary
            | ObjectKind::Function(_)
            | ObjectKind::Native(_)
            | ObjectKind::Bound(_)
            | ObjectKind::Error { .. }
            | ObjectKind::Arguments(_)
            | ObjectKind::Boolean(_)
            | ObjectKind::Number(_)
            | ObjectKind::Date(_)
            | ObjectKind::Symbol(_)
            | ObjectKind::BigInt(_)
            | ObjectKind::ArrayIterator(_)
            | ObjectKind::AsyncFromSyncIterator { .. }
            | ObjectKind::IteratorHelper(_)
            | ObjectKind::WrappedIterator { .. }
            | ObjectKind::StringIterator { .. }
            | ObjectKind::Generator(_)
            | ObjectKind::RegExp { .. }
            | ObjectKind::RegExpStringIterator { .. }
            | ObjectKind::ForIn { .. }
            | ObjectKind::Map(_)
            | ObjectKind::Set(_)
            | ObjectKind::WeakMap(_)
            | ObjectKind::WeakSet(_)
            | ObjectKind::WeakRef(_)
            | ObjectKind::FinalizationRegistry(_)
            | ObjectKind::MapIterator(_)
            | ObjectKind::SetIterator(_)
            | ObjectKind::Promise(_)
            | ObjectKind::InternalSlots(_)
            | ObjectKind::Timeout(_)
            | ObjectKind::ArrayBuffer(_)
            | ObjectKind::DataView(_) => ShapeClass::Ordinary,
        }
    }
}

pub struct JsObject {
    /// Read freely; changed only through `set_proto`, which keeps caches that looked
    /// through this object honest.
    pub proto: Option<ObjRef>,
    pub props: PropertyMap,
    pub kind: ObjectKind,
    pub extensible: bool,
}

impl JsObject {
    pub fn new(proto: Option<ObjRef>, kind: ObjectKind) -> JsObject {
        JsObject {
            proto,
            props: PropertyMap::with_class(kind.shape_class()),
            kind,
            extensible: true,
        }
    }

    /// [[SetPrototypeOf]]'s store: ends prototype-chain cache entries that looked
    /// through this object.
    pub fn set_proto(&mut self, proto: Option<ObjRef>) {
        if self.props.is_watched() && self.proto != proto {
            shape::invalidate();
        }
        self.proto = proto;
    }

    pub fn is_callable(&self) -> bool {
        match &self.kind {
            ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => true,
            ObjectKind::Proxy(p) => p.callable,
            _ => false,
        }
    }

    pub fn is_array(&self) -> bool {
        matches!(self.kind, ObjectKind::Array(_))
    }

    /// The dense index properties of arrays and `arguments` objects.
    #[inline]
    pub fn elements(&self) -> Option<&[Value]> {
        match &self.kind {
            ObjectKind::Array(a) => Some(&a.elements),
            ObjectKind::Arguments(a) => Some(&a.elements),
            _ => None,
        }
    }

    pub fn elements_mut(&mut self) -> Option<&mut Vec<Value>> {
        match &mut self.kind {
            ObjectKind::Array(a) => Some(&mut a.elements),
            ObjectKind::Arguments(a) => Some(&mut a.elements),
            _ => None,
        }
    }

    pub fn array(&self) -> Option<&ArrayData> {
        match &self.kind {
            ObjectKind::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn array_mut(&mut self) -> Option<&mut ArrayData> {
        match &mut self.kind {
            ObjectKind::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The own property `key`, looking at array elements first. Array `length` is not
    /// stored as a property; callers handle it (see `Vm::get_own_property`).
    pub fn own(&self, key: PropertyKey) -> Option<Property> {
        if let (PropertyKey::Index(i), Some(elements)) = (key, self.elements()) {
            // A hole may still have a non-default property in the map (a frozen array).
            if let Some(&v) = elements.get(i as usize)
                && !matches!(v, Value::Empty)
            {
                return Some(Property::data(v, DEFAULT_ATTRS));
            }
        }
        self.props.get(&key).copied()
    }

    /// Own keys in the spec's order: array indices ascending, then strings in insertion
    /// order, then symbols in insertion order (OrdinaryOwnPropertyKeys).
    pub fn own_keys(&self) -> Vec<PropertyKey> {
        let mut keys = Vec::with_capacity(self.props.len());
        if let Some(elements) = self.elements() {
            keys.extend(
                elements
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| !matches!(v, Value::Empty))
                    .map(|(i, _)| PropertyKey::Index(i as u32)),
            );
        }
        let first_sparse = keys.len();
        keys.extend(
            self.props
                .keys()
                .filter(|k| matches!(k, PropertyKey::Index(_)))
                .copied(),
        );
        // Sparse indices sort among the dense ones: a non-default property moved out
        // of the elements keeps its place in the order.
        if keys.len() > first_sparse {
            keys.sort_unstable_by_key(|k| match k {
                PropertyKey::Index(i) => *i,
                _ => 0,
            });
        }
        keys.extend(
            self.props
                .keys()
                .filter(|k| matches!(k, PropertyKey::String(_)))
                .copied(),
        );
        keys.extend(
            self.props
                .keys()
                .filter(|k| matches!(k, PropertyKey::Symbol(_)))
                .copied(),
        );
        keys
    }

    /// Asks for the memory tracing this object reads beyond its cell: its property
    /// entries and an array's elements (see `Heap::mark_pending`).
    #[inline(always)]
    pub(crate) fn prefetch_contents(&self) {
        prefetch_slice(self.props.entries());
        if let Some(elements) = self.elements() {
            prefetch_slice(elements);
        }
    }
}

impl Trace for JsObject {
    fn trace(&self, tracer: &mut Tracer) {
        if let Some(p) = self.proto {
            tracer.obj(p);
        }
        // A shaped object's keys are its shape's, traced with the first object of it.
        let keys_traced = self.props.shape().is_some_and(|s| !tracer.first_trace(s));
        for (key, prop) in &self.props {
            if !keys_traced {
                tracer.key(*key);
            }
            match prop.slot {
                Slot::Data(v) => tracer.value(v),
                Slot::Accessor { get, set } => {
                    get.into_iter().chain(set).for_each(|f| tracer.obj(f));
                }
            }
        }
        match &self.kind {
            ObjectKind::Error { stack, .. } => {
                if let Some(v) = stack {
                    tracer.value(*v);
                }
            }
            ObjectKind::Ordinary
            | ObjectKind::Boolean(_)
            | ObjectKind::Number(_)
            | ObjectKind::Date(_)
            | ObjectKind::Timeout(_) => {}
            ObjectKind::Promise(p) => p.trace(tracer),
            ObjectKind::Arguments(a) => {
                tracer.values(&a.elements);
                if let Some(map) = &a.map {
                    tracer.env(map.env);
                }
            }
            ObjectKind::InternalSlots(v) => tracer.values(v),
            ObjectKind::Array(a) => tracer.values(&a.elements),
            ObjectKind::Function(c) => {
                if let Some(e) = c.env {
                    tracer.env(e);
                }
                c.home_object
                    .into_iter()
                    .chain(c.field_init)
                    .for_each(|o| tracer.obj(o));
            }
            ObjectKind::Native(n) => {
                tracer.values(&n.captures);
                tracer.atom(n.name);
            }
            ObjectKind::Bound(b) => {
                tracer.obj(b.target);
                tracer.value(b.this);
                tracer.values(&b.args);
            }
            ObjectKind::String(s) => tracer.str(*s),
            ObjectKind::Symbol(s) => tracer.sym(*s),
            ObjectKind::BigInt(b) => tracer.big(*b),
            ObjectKind::ArrayIterator(it) => {
                if let Some(t) = it.target {
                    tracer.obj(t);
                }
            }
            ObjectKind::StringIterator { string, .. } => tracer.str(*string),
            ObjectKind::AsyncFromSyncIterator { iterator, next }
            | ObjectKind::WrappedIterator { iterator, next } => {
                tracer.value(*iterator);
                tracer.value(*next);
            }
            ObjectKind::IteratorHelper(h) => h.values().for_each(|v| tracer.value(v)),
            ObjectKind::Generator(g) => g.trace(tracer),
            ObjectKind::RegExp { source, flags, .. } => {
                tracer.str(*source);
                tracer.str(*flags);
            }
            ObjectKind::RegExpStringIterator { regexp, string, .. } => {
                tracer.value(*regexp);
                tracer.str(*string);
            }
            ObjectKind::ForIn { keys, object, .. } => {
                tracer.values(keys);
                tracer.obj(*object);
            }
            ObjectKind::Map(m) | ObjectKind::Set(m) => {
                for (k, v) in m.entries.iter().flatten() {
                    tracer.value(*k);
                    tracer.value(*v);
                }
            }
            // Ephemerons: the collector marks a value only once its key is marked
            // (`Heap::mark_ephemerons`), and drops the entries of unmarked keys.
            ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_) => {}
            // The target is weak: the collector clears it once nothing else keeps it
            // (`Heap::clear_weak_targets`).
            ObjectKind::WeakRef(_) => {}
            ObjectKind::FinalizationRegistry(r) => r.trace(tracer),
            ObjectKind::MapIterator(it) | ObjectKind::SetIterator(it) => {
                if let Some(t) = it.target {
                    tracer.obj(t);
                }
            }
            ObjectKind::Proxy(p) => p.target.into_iter().chain(p.handler).for_each(|o| {
                tracer.obj(o);
            }),
            // The slots are the module's roots.
            ObjectKind::ModuleNamespace(exports) => {
                for &(key, _) in exports.iter() {
                    tracer.key(key);
                }
            }
            // Bytes hold no references.
            ObjectKind::ArrayBuffer(_) => {}
            ObjectKind::TypedArray(t) => tracer.obj(t.buffer),
            ObjectKind::DataView(v) => tracer.obj(v.buffer),
        }
    }
}
