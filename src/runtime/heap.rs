//! The garbage-collected heap: typed arenas addressed by small `Copy` handles, collected
//! by mark-and-sweep from the roots the VM hands in.
//!
//! Collection happens only at safepoints chosen by the VM (see `Vm::maybe_collect`):
//! in the instruction loop and between jobs, never inside Rust code itself. What Rust
//! code up the stack holds while JavaScript it called runs is kept by the birth epochs
//! of cells and the activations in `super::activation`.
//!
//! Debug builds give each handle the generation of its cell, and check it on every
//! access: a handle kept past its cell's collection panics instead of reading a
//! stranger.

use super::activation::Activations;
use super::object::{JsObject, ObjectKind, PropertyKey};
use super::stable_vec::StableVec;
use super::string::JsString;
use super::value::Value;
use crate::compiler::bytecode::{Constant, FunctionTemplate};
use num_bigint::BigInt;
use rustc_hash::FxHashMap;
use std::hash::BuildHasher;
use std::num::NonZeroU32;
use std::rc::{Rc, Weak};

macro_rules! handle {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(
            pub(crate) NonZeroU32,
            /// The generation of the cell when the handle was made.
            #[cfg(debug_assertions)]
            pub(crate) u32,
        );

        /// A placeholder for a handle filled in later: the first cell of its arena.
        impl Default for $name {
            fn default() -> Self {
                $name(
                    NonZeroU32::MIN,
                    #[cfg(debug_assertions)]
                    0,
                )
            }
        }

        impl $name {
            pub fn index(self) -> usize {
                self.0.get() as usize
            }

            fn slot(self) -> Slot {
                Slot {
                    index: self.0,
                    #[cfg(debug_assertions)]
                    generation: self.1,
                }
            }

            fn from_slot(slot: Slot) -> $name {
                $name(
                    slot.index,
                    #[cfg(debug_assertions)]
                    slot.generation,
                )
            }
        }
    };
}

/// A cell's position in its arena, plus (in debug builds) its generation. Position 0
/// is never used, so `Option` of a handle is as small as the handle (an accessor
/// property's getter and setter fit beside a value's tag).
#[derive(Clone, Copy)]
struct Slot {
    index: NonZeroU32,
    #[cfg(debug_assertions)]
    generation: u32,
}

handle!(
    /// A handle to a [`JsObject`].
    ObjRef
);
handle!(
    /// A handle to a [`JsString`].
    StrRef
);
handle!(
    /// A handle to a [`Symbol`].
    SymRef
);
handle!(
    /// A handle to a BigInt's integer (never mutated once made).
    BigRef
);
handle!(
    /// A handle to an [`Env`], the heap home of variables captured by closures.
    EnvRef
);
/// An interned string used as a property key. An atom lives while its string does:
/// the collector marks the string of every atom it meets (in objects' keys, compiled
/// code, the engine's own tables, strings interned as it) and frees the others, whose
/// numbers are then reused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Atom(pub(crate) u32);

impl Atom {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A symbol: identity plus an optional description.
#[derive(Debug)]
pub struct Symbol {
    pub description: Option<StrRef>,
    /// For `Symbol.for(key)`: the key in the global symbol registry.
    pub registered: bool,
    /// A private class member name (`#x`): keys hidden from reflection.
    pub private: bool,
}

/// A scope's captured variables (a "context" in V8's terms): the slots the resolver
/// decided must outlive the frame, plus the enclosing scope.
#[derive(Debug)]
pub struct Env {
    /// Inline for the usual handful of captured variables: no allocation per scope.
    pub slots: smallvec::SmallVec<[Value; 3]>,
    pub parent: Option<EnvRef>,
}

/// Slots of one type of heap cell, with mark bits, birth epochs and a free list.
pub struct Arena<T> {
    /// Never moved as the heap grows (see `StableVec`).
    cells: StableVec<Option<T>>,
    marks: MarkBits,
    /// The heap's epoch when each cell was allocated (see `super::activation`).
    births: StableVec<u64>,
    /// Bumped each time a cell is freed, so stale handles are caught.
    #[cfg(debug_assertions)]
    generations: Vec<u32>,
    free: Vec<u32>,
}

impl<T> Arena<T> {
    fn new() -> Self {
        let mut arena = Arena {
            cells: StableVec::new(),
            marks: MarkBits::default(),
            births: StableVec::new(),
            #[cfg(debug_assertions)]
            generations: Vec::new(),
            free: Vec::new(),
        };
        // Position 0 stays empty (see `Slot`).
        arena.cells.push(None);
        arena.marks.cover(1);
        arena.births.push(0);
        #[cfg(debug_assertions)]
        arena.generations.push(0);
        arena
    }

    fn alloc(&mut self, value: T, birth: u64) -> Slot {
        let index = if let Some(i) = self.free.pop() {
            self.cells[i as usize] = Some(value);
            self.births[i as usize] = birth;
            i
        } else {
            self.cells.push(Some(value));
            self.marks.cover(self.cells.len());
            self.births.push(birth);
            #[cfg(debug_assertions)]
            self.generations.push(0);
            (self.cells.len() - 1) as u32
        };
        Slot {
            index: NonZeroU32::new(index).expect("position 0 is never handed out"),
            #[cfg(debug_assertions)]
            generation: self.generations[index as usize],
        }
    }

    #[inline(always)]
    fn get(&self, slot: Slot) -> &T {
        self.check(slot);
        // SAFETY: `slot` was handed out by `alloc`, so its position is below the
        // length, and the cells never shrink.
        unsafe { self.cells.get_unchecked(slot.index.get() as usize) }
            .as_ref()
            .expect("live heap handle")
    }

    #[inline(always)]
    fn get_mut(&mut self, slot: Slot) -> &mut T {
        self.check(slot);
        // SAFETY: as in `get`.
        unsafe { self.cells.get_unchecked_mut(slot.index.get() as usize) }
            .as_mut()
            .expect("live heap handle")
    }

    #[inline(always)]
    fn check(&self, _slot: Slot) {
        debug_assert!((_slot.index.get() as usize) < self.cells.len());
        #[cfg(debug_assertions)]
        assert_eq!(
            self.generations[_slot.index.get() as usize],
            _slot.generation,
            "stale heap handle: its cell was collected"
        );
    }

    /// Asks the processor to start loading cell `i` (all of its cache lines).
    #[inline(always)]
    fn prefetch(&self, i: usize) {
        let start = self.cells.as_ptr().wrapping_add(i).cast::<u8>();
        let size = size_of::<Option<T>>();
        prefetch_bytes(start, size);
        // The last line, when the cell straddles one more than its size needs.
        prefetch(start.wrapping_add(size - 1));
    }

    /// The live cells whose birth epoch passes `test`. The births are tested first: most
    /// cells fail the test, and the births lie close together where the cells do not.
    fn born_when<'a>(&'a self, test: &'a impl Fn(u64) -> bool) -> impl Iterator<Item = Slot> + 'a {
        self.births
            .iter()
            .enumerate()
            .filter(move |&(i, &b)| test(b) && self.cells[i].is_some())
            .map(|(i, _)| Slot {
                index: NonZeroU32::new(i as u32).expect("position 0 is empty"),
                #[cfg(debug_assertions)]
                generation: self.generations[i],
            })
    }

    /// Frees every unmarked cell, showing each to `on_free` first, and clears the
    /// marks; returns the number freed.
    fn sweep(&mut self, mut on_free: impl FnMut(&T)) -> usize {
        let mut freed = 0;
        for w in 0..self.marks.words.len() {
            // Only the unmarked cells are read, each asked for two unmarked cells ahead
            // of its freeing (a dead cell is a cache miss, and freeing it is short).
            let mut unmarked = !std::mem::take(&mut self.marks.words[w]);
            let first = w * 64;
            while unmarked != 0 {
                let i = first + unmarked.trailing_zeros() as usize;
                unmarked &= unmarked - 1;
                let after_next = unmarked & unmarked.wrapping_sub(1);
                if after_next != 0 {
                    self.prefetch(first + after_next.trailing_zeros() as usize);
                }
                // The last word's bits run past the last cell.
                let Some(cell) = self.cells.get_mut(i) else {
                    break;
                };
                if let Some(value) = cell {
                    on_free(value);
                    *cell = None;
                    self.free.push(i as u32);
                    #[cfg(debug_assertions)]
                    {
                        self.generations[i] = self.generations[i].wrapping_add(1);
                    }
                    freed += 1;
                }
            }
        }
        freed
    }

    fn live(&self) -> usize {
        self.cells.len() - 1 - self.free.len()
    }
}

/// The cache line size of the processors the marker's prefetching is tuned for.
const CACHE_LINE: usize = 64;

/// How many cells the marker has in flight between asking for their memory and
/// tracing them (see `Heap::mark_pending`): enough to cover a miss to main memory with
/// the work of tracing the cells ahead of it.
const PREFETCH_DISTANCE: usize = 8;

/// Asks the processor to load the cache line holding `p` (a hint: any address is
/// allowed, none faults; a no-op where no prefetch instruction is available).
#[inline(always)]
pub(crate) fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE, which the instruction needs, is part of every x86-64 processor, and
    // a prefetch reads nothing the program sees.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast())
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Asks for the first lines of `items`, as many as tracing a small object reads.
#[inline(always)]
pub(crate) fn prefetch_slice<T>(items: &[T]) {
    prefetch_bytes(
        items.as_ptr().cast(),
        size_of_val(items).min(PREFETCH_SLICE_MAX),
    );
}

/// Asks for the lines of the `bytes` bytes from `start`, one every `CACHE_LINE`.
#[inline(always)]
fn prefetch_bytes(start: *const u8, bytes: usize) {
    let mut offset = 0;
    while offset < bytes {
        prefetch(start.wrapping_add(offset));
        offset += CACHE_LINE;
    }
}

/// The most bytes of a slice `prefetch_slice` asks for: four lines, the elements or
/// properties of a small object; a long array is read at the speed of sequential
/// access anyway.
const PREFETCH_SLICE_MAX: usize = 4 * CACHE_LINE;

/// A cell marked but not yet traced: the kinds of cells that refer to others.
#[derive(Clone, Copy, Debug)]
enum GcRef {
    Obj(ObjRef),
    Str(StrRef),
    Sym(SymRef),
    Env(EnvRef),
}

/// One mark bit per cell of an arena. A bitmap, not a byte per cell: the marker tests
/// the bits of the cells it meets in no order, and those of a million cells (128 KB)
/// stay in the processor's cache where a megabyte of bytes does not.
#[derive(Default)]
struct MarkBits {
    words: Vec<u64>,
}

impl MarkBits {
    /// Makes room for the bits of the first `cells` cells.
    #[inline(always)]
    fn cover(&mut self, cells: usize) {
        if cells > self.words.len() * 64 {
            self.words.push(0);
        }
    }

    #[inline(always)]
    fn get(&self, i: usize) -> bool {
        self.words[i / 64] & (1 << (i % 64)) != 0
    }

    #[inline(always)]
    fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    /// Sets bit `i`; true the first time.
    #[inline(always)]
    fn first_mark(&mut self, i: usize) -> bool {
        let word = &mut self.words[i / 64];
        let bit = 1 << (i % 64);
        let first = *word & bit == 0;
        *word |= bit;
        first
    }
}

/// The mark bits of the arenas, moved out of the heap while it is marked: the tracer
/// sets a cell's bit when it first meets a reference to it, while the cells are read.
struct Marks {
    objects: MarkBits,
    strings: MarkBits,
    symbols: MarkBits,
    envs: MarkBits,
    bigints: MarkBits,
}

/// The mark phase's state; `trace` implementations hand it what they refer to. A cell
/// is marked when the tracer first meets it and queued for tracing only then, so the
/// many references to the same few cells (prototypes, property names, shared
/// functions) cost a test of a bit each; atoms and BigInts refer to nothing and are
/// never queued.
pub struct Tracer {
    marks: Marks,
    /// The string of each atom (the heap's table, moved here while marking).
    atom_strs: Vec<StrRef>,
    pending: Vec<GcRef>,
    /// The weak collections met while marking (see `Heap::mark_ephemerons`).
    weak: Vec<ObjRef>,
    /// The WeakRefs and FinalizationRegistries met while marking (see
    /// `Heap::clear_weak_targets`).
    weak_targets: Vec<ObjRef>,
    /// The collection's number (see `shape::next_trace_cycle`).
    shape_cycle: u64,
}

impl Tracer {
    /// Whether the keys of objects of `shape` are still to be traced in this
    /// collection: once per shape, not once per object.
    #[inline]
    pub fn first_trace(&self, shape: &super::shape::Shape) -> bool {
        shape.first_trace(self.shape_cycle)
    }

    #[inline(always)]
    pub fn value(&mut self, v: Value) {
        match v {
            Value::String(s) => self.str(s),
            Value::Symbol(s) => self.sym(s),
            Value::Object(o) => self.obj(o),
            Value::BigInt(b) => self.big(b),
            _ => {}
        }
    }

    pub fn values(&mut self, vs: &[Value]) {
        for &v in vs {
            self.value(v);
        }
    }

    #[inline(always)]
    pub fn obj(&mut self, o: ObjRef) {
        if self.marks.objects.first_mark(o.index()) {
            self.pending.push(GcRef::Obj(o));
        }
    }

    #[inline(always)]
    pub fn str(&mut self, s: StrRef) {
        if self.marks.strings.first_mark(s.index()) {
            self.pending.push(GcRef::Str(s));
        }
    }

    #[inline(always)]
    pub fn sym(&mut self, s: SymRef) {
        if self.marks.symbols.first_mark(s.index()) {
            self.pending.push(GcRef::Sym(s));
        }
    }

    #[inline(always)]
    pub fn env(&mut self, e: EnvRef) {
        if self.marks.envs.first_mark(e.index()) {
            self.pending.push(GcRef::Env(e));
        }
    }

    #[inline(always)]
    pub fn big(&mut self, b: BigRef) {
        self.marks.bigints.set(b.index());
    }

    /// An atom's own string is flat and names the atom itself: marking it is all
    /// there is to do.
    #[inline(always)]
    pub fn atom(&mut self, a: Atom) {
        let s = self.atom_strs[a.index()];
        self.marks.strings.set(s.index());
    }

    /// The atom or symbol a property key names.
    #[inline(always)]
    pub fn key(&mut self, key: PropertyKey) {
        match key {
            PropertyKey::String(a) => self.atom(a),
            PropertyKey::Symbol(s) | PropertyKey::Private(s) => self.sym(s),
            PropertyKey::Index(_) => {}
        }
    }

    /// Whether `v` is marked (primitives count as marked: they are not cells).
    fn is_marked(&self, v: Value) -> bool {
        match v {
            Value::Object(o) => self.marks.objects.get(o.index()),
            Value::Symbol(s) => self.marks.symbols.get(s.index()),
            Value::String(s) => self.marks.strings.get(s.index()),
            Value::BigInt(b) => self.marks.bigints.get(b.index()),
            _ => true,
        }
    }

    /// Whether `v` is marked, for the values a weak collection, WeakRef or
    /// FinalizationRegistry may hold weakly (objects and symbols; others count as
    /// marked).
    fn is_marked_weak(&self, v: Value) -> bool {
        match v {
            Value::Object(o) => self.marks.objects.get(o.index()),
            Value::Symbol(s) => self.marks.symbols.get(s.index()),
            _ => true,
        }
    }
}

/// Implemented by everything that holds heap handles: heap cells and VM roots.
pub trait Trace {
    fn trace(&self, tracer: &mut Tracer);
}

/// The heap: all objects, strings, symbols and environments, plus the atom table.
pub struct Heap {
    objects: Arena<JsObject>,
    strings: Arena<JsString>,
    symbols: Arena<Symbol>,
    envs: Arena<Env>,
    bigints: Arena<BigInt>,
    atom_by_text: FxHashMap<Rc<[u16]>, Atom>,
    /// The string of each atom; a freed atom's entry is stale until it is reused.
    atom_strs: Vec<StrRef>,
    /// The numbers of freed atoms, reused first.
    free_atoms: Vec<u32>,
    /// Atoms the engine names from tables of its own (common names, global lexical
    /// bindings): roots of every collection.
    pinned_atoms: Vec<Atom>,
    /// The compiled functions, whose constants and names are atoms: those still alive
    /// are roots of every collection.
    code: Vec<Weak<FunctionTemplate>>,
    /// Recently made short strings by hash of their text (V8's number-string cache,
    /// for all short conversions): `String(i)` in a loop shares the string of a
    /// repeated `i` without keeping every one alive. Emptied at each collection.
    short_strings: Box<[Option<StrRef>]>,
    /// The strings of one code unit below [`UNIT_STRINGS`], made on first use and kept
    /// (V8's single-character string table): `String.fromCharCode(c)`, `s[i]` and
    /// `charAt` in a loop allocate nothing.
    unit_strings: Box<[Option<StrRef>]>,
    /// The Rust activations on the stack and the epoch cells are born in.
    pub activations: Activations,
    /// Allocations since the last collection; the VM collects when this passes
    /// `threshold`.
    pub allocations: usize,
    pub threshold: usize,
    /// Whether the last collection freed less than half of the cells allocated since
    /// the one before (see `growth`).
    growing: bool,
    /// The cells the last collection left alive (see `growth`).
    live_cells: usize,
    /// The allocated bytes (see `memory::allocated_bytes`) at which the VM
    /// collects next, whatever the number of cells: arrays, maps and property tables
    /// grow without allocating cells.
    pub bytes_threshold: usize,
    /// The spec's [[KeptAlive]] list (AddToKeptObjects): the targets of WeakRefs made
    /// or dereferenced in the current job, roots until the job's microtask checkpoint
    /// ends (ClearKeptObjects).
    kept: Vec<Value>,
    /// The heap indices of `kept`, so dereferencing in a loop keeps it short.
    kept_index: rustc_hash::FxHashSet<(u8, u32)>,
    /// FinalizationRegistries whose cells the last collections cleared, in the order
    /// their first such cell was registered: the event loop takes them to run their
    /// cleanup callbacks (HostEnqueueFinalizationRegistryCleanupJob).
    pub finalization_due: Vec<ObjRef>,
    /// Numbers FinalizationRegistry cells in registration order.
    pub next_weak_cell: u64,
}

/// The fewest allocations between two collections; keeps small scripts from collecting
/// at all and large ones from collecting too often.
const MIN_THRESHOLD: usize = super::activation::MIN_CELLS as usize;

/// The live cells below which the heap counts as small (see `Heap::growth`): about
/// 50 MB of objects.
const SMALL_HEAP_CELLS: usize = 256 * 1024;

/// Entries in the short-string cache (a power of two).
const SHORT_STRING_CACHE: usize = 1024;

/// The longest text, in bytes, the short-string cache keeps.
const SHORT_STRING_MAX: usize = 10;

/// The code units below this have a kept one-unit string (Latin-1).
const UNIT_STRINGS: usize = 256;

/// The least growth in bytes between two collections.
pub const MIN_BYTES_GROWTH: usize = 32 << 20;

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            objects: Arena::new(),
            strings: Arena::new(),
            symbols: Arena::new(),
            envs: Arena::new(),
            bigints: Arena::new(),
            atom_by_text: FxHashMap::default(),
            atom_strs: Vec::new(),
            free_atoms: Vec::new(),
            pinned_atoms: Vec::new(),
            code: Vec::new(),
            short_strings: vec![None; SHORT_STRING_CACHE].into_boxed_slice(),
            unit_strings: vec![None; UNIT_STRINGS].into_boxed_slice(),
            activations: Activations::default(),
            allocations: 0,
            threshold: MIN_THRESHOLD,
            growing: false,
            live_cells: 0,
            bytes_threshold: MIN_BYTES_GROWTH,
            kept: Vec::new(),
            kept_index: Default::default(),
            finalization_due: Vec::new(),
            next_weak_cell: 0,
        }
    }

    /// AddToKeptObjects: `v` (an object or symbol) stays alive until the current
    /// job's microtask checkpoint ends.
    pub fn add_to_kept_objects(&mut self, v: Value) {
        let key = match v {
            Value::Object(o) => (0, o.0.get()),
            Value::Symbol(s) => (1, s.0.get()),
            _ => return,
        };
        if self.kept_index.insert(key) {
            self.kept.push(v);
        }
    }

    /// ClearKeptObjects: the end of a job's synchronous run (its microtask checkpoint).
    pub fn clear_kept_objects(&mut self) {
        self.kept.clear();
        self.kept_index.clear();
    }

    pub fn alloc_object(&mut self, obj: JsObject) -> ObjRef {
        self.allocations += 1;
        self.activations.allocated_total += 1;
        ObjRef::from_slot(self.objects.alloc(obj, self.activations.epoch))
    }

    pub fn alloc_string(&mut self, s: JsString) -> StrRef {
        self.allocations += 1;
        self.activations.allocated_total += 1;
        StrRef::from_slot(self.strings.alloc(s, self.activations.epoch))
    }

    pub fn alloc_symbol(&mut self, s: Symbol) -> SymRef {
        self.allocations += 1;
        self.activations.allocated_total += 1;
        SymRef::from_slot(self.symbols.alloc(s, self.activations.epoch))
    }

    pub fn alloc_env(&mut self, env: Env) -> EnvRef {
        self.allocations += 1;
        self.activations.allocated_total += 1;
        EnvRef::from_slot(self.envs.alloc(env, self.activations.epoch))
    }

    pub fn alloc_bigint(&mut self, n: BigInt) -> BigRef {
        self.allocations += 1;
        self.activations.allocated_total += 1;
        BigRef::from_slot(self.bigints.alloc(n, self.activations.epoch))
    }

    #[inline]
    pub fn bigint(&self, b: BigRef) -> &BigInt {
        self.bigints.get(b.slot())
    }

    #[inline]
    pub fn obj(&self, o: ObjRef) -> &JsObject {
        self.objects.get(o.slot())
    }

    #[inline]
    pub fn obj_mut(&mut self, o: ObjRef) -> &mut JsObject {
        self.objects.get_mut(o.slot())
    }

    #[inline]
    pub fn string(&self, s: StrRef) -> &JsString {
        self.strings.get(s.slot())
    }

    #[inline]
    pub fn string_mut(&mut self, s: StrRef) -> &mut JsString {
        self.strings.get_mut(s.slot())
    }

    pub fn symbol(&self, s: SymRef) -> &Symbol {
        self.symbols.get(s.slot())
    }

    #[inline]
    pub fn env(&self, e: EnvRef) -> &Env {
        self.envs.get(e.slot())
    }

    #[inline]
    pub fn env_mut(&mut self, e: EnvRef) -> &mut Env {
        self.envs.get_mut(e.slot())
    }

    /// A string with `text`, shared with an earlier one of the same text when the
    /// short-string cache still has it.
    pub fn short_string(&mut self, text: &str) -> StrRef {
        if text.len() > SHORT_STRING_MAX {
            return self.alloc_str(text);
        }
        let slot = rustc_hash::FxBuildHasher.hash_one(text) as usize & (SHORT_STRING_CACHE - 1);
        if let Some(s) = self.short_strings[slot]
            && let Some(units) = self.string(s).units()
            && units.iter().copied().eq(text.encode_utf16())
        {
            return s;
        }
        let s = self.alloc_str(text);
        self.short_strings[slot] = Some(s);
        s
    }

    /// The string of the one code unit `unit`, shared for Latin-1 units.
    pub fn unit_string(&mut self, unit: u16) -> StrRef {
        let Some(&cached) = self.unit_strings.get(unit as usize) else {
            return self.alloc_units(vec![unit]);
        };
        if let Some(s) = cached {
            return s;
        }
        let s = self.alloc_units(vec![unit]);
        self.unit_strings[unit as usize] = Some(s);
        s
    }

    /// The atom for `units`, interning it on first use.
    pub fn atom(&mut self, units: &[u16]) -> Atom {
        if let Some(&a) = self.atom_by_text.get(units) {
            return a;
        }
        let s = self.alloc_string(JsString::flat(units.to_vec()));
        self.intern(s, units.into())
    }

    /// Makes `s`, whose text is `text` and not interned yet, the string of a new atom.
    fn intern(&mut self, s: StrRef, text: Rc<[u16]>) -> Atom {
        let atom = match self.free_atoms.pop() {
            Some(i) => {
                self.atom_strs[i as usize] = s;
                Atom(i)
            }
            None => {
                self.atom_strs.push(s);
                Atom(self.atom_strs.len() as u32 - 1)
            }
        };
        self.string_mut(s).atom = Some(atom);
        self.atom_by_text.insert(text, atom);
        atom
    }

    /// The atom for Rust text the engine keeps in a table of its own: never collected.
    pub fn permanent_atom(&mut self, text: &str) -> Atom {
        let atom = self.atom_str(text);
        self.pin_atom(atom);
        atom
    }

    /// Keeps `atom` for as long as the heap lives.
    pub fn pin_atom(&mut self, atom: Atom) {
        if !self.pinned_atoms.contains(&atom) {
            self.pinned_atoms.push(atom);
        }
    }

    /// Notes compiled code, whose atoms stay alive as long as it does.
    pub fn add_code(&mut self, code: &Rc<FunctionTemplate>) {
        self.code.push(Rc::downgrade(code));
    }

    pub fn atom_str(&mut self, text: &str) -> Atom {
        let units: Vec<u16> = text.encode_utf16().collect();
        self.atom(&units)
    }

    /// The atom's string value.
    #[inline]
    pub fn atom_string(&self, a: Atom) -> StrRef {
        let s = self.atom_strs[a.index()];
        debug_assert_eq!(self.string(s).atom, Some(a), "a collected atom was used");
        s
    }

    /// The atom for an existing string, flattening it if needed. A string that owns
    /// its units becomes the atom's own string (no copy).
    pub fn atomize(&mut self, s: StrRef) -> Atom {
        if let Some(a) = self.string(s).atom {
            return a;
        }
        self.flatten(s);
        let units = self.string(s).units().expect("flattened above");
        if let Some(&a) = self.atom_by_text.get(units) {
            self.string_mut(s).atom = Some(a);
            return a;
        }
        let text: Rc<[u16]> = units.into();
        if self.string(s).owns_units() {
            return self.intern(s, text);
        }
        let a = self.atom(&text);
        self.string_mut(s).atom = Some(a);
        a
    }

    /// Whether `o` names a live object: false once its cell was freed (until the slot
    /// is reused), for side tables that hold handles without keeping them alive.
    pub fn is_live(&self, o: ObjRef) -> bool {
        let slot = o.slot();
        #[cfg(debug_assertions)]
        if self.objects.generations.get(o.index()) != Some(&slot.generation) {
            return false;
        }
        self.objects
            .cells
            .get(slot.index.get() as usize)
            .is_some_and(Option::is_some)
    }

    /// Counts of live cells, for tests and `--trace-gc` style reporting.
    pub fn live_objects(&self) -> usize {
        self.objects.live()
    }

    /// Traces what the tracer has pending and everything reachable from it; notes the
    /// weak collections it meets.
    ///
    /// Tracing a cell mostly waits for memory: the cell itself, then an object's
    /// property entries and elements, each a cache miss in a large heap. So cells are
    /// taken off the pending stack some steps before they are traced, their memory is
    /// fetched in the meantime (V8's and Boehm's markers prefetch the same way), and an
    /// object's out-of-line storage is fetched once its cell has arrived. The order of
    /// tracing changes; what is marked does not.
    fn mark_pending(&self, tracer: &mut Tracer) {
        // Two rings of cells in flight, each step moving every cell one place: a cell
        // taken off the stack waits in `cells` while its memory arrives; an object then
        // waits in `contents` while its entries and elements arrive.
        let mut cells: [Option<GcRef>; PREFETCH_DISTANCE] = [None; PREFETCH_DISTANCE];
        let mut contents: [Option<ObjRef>; PREFETCH_DISTANCE] = [None; PREFETCH_DISTANCE];
        let mut step = 0;
        let mut in_flight = 0;
        loop {
            let taken = tracer.pending.pop();
            match taken {
                Some(r) => {
                    self.prefetch_cell(r);
                    in_flight += 1;
                }
                None if in_flight == 0 => break,
                None => {}
            }
            let place = step % PREFETCH_DISTANCE;
            step += 1;
            let mut object = None;
            match std::mem::replace(&mut cells[place], taken) {
                Some(GcRef::Obj(o)) => {
                    self.objects.get(o.slot()).prefetch_contents();
                    object = Some(o);
                }
                Some(r) => {
                    self.trace_cell(r, tracer);
                    in_flight -= 1;
                }
                None => {}
            }
            if let Some(o) = std::mem::replace(&mut contents[place], object) {
                self.trace_object(o, tracer);
                in_flight -= 1;
            }
        }
    }

    /// Traces the cell `r`.
    #[inline(always)]
    fn trace_cell(&self, r: GcRef, tracer: &mut Tracer) {
        match r {
            GcRef::Obj(o) => self.trace_object(o, tracer),
            GcRef::Str(s) => {
                let string = self.strings.get(s.slot());
                string.trace(tracer);
                // A string interned as an atom keeps it.
                if let Some(a) = string.atom {
                    tracer.atom(a);
                }
            }
            GcRef::Sym(s) => {
                if let Some(d) = self.symbols.get(s.slot()).description {
                    tracer.str(d);
                }
            }
            GcRef::Env(e) => {
                let env = self.envs.get(e.slot());
                tracer.values(&env.slots);
                if let Some(p) = env.parent {
                    tracer.env(p);
                }
            }
        }
    }

    /// Asks for the memory of `r`'s cell, which `mark_pending` reads a few steps later.
    #[inline(always)]
    fn prefetch_cell(&self, r: GcRef) {
        match r {
            GcRef::Obj(o) => self.objects.prefetch(o.index()),
            GcRef::Str(s) => self.strings.prefetch(s.index()),
            GcRef::Sym(s) => self.symbols.prefetch(s.index()),
            GcRef::Env(e) => self.envs.prefetch(e.index()),
        }
    }

    /// Traces the object `o` and notes it if it holds anything weakly.
    #[inline(always)]
    fn trace_object(&self, o: ObjRef, tracer: &mut Tracer) {
        let obj = self.objects.get(o.slot());
        obj.trace(tracer);
        match obj.kind {
            ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_) => tracer.weak.push(o),
            ObjectKind::WeakRef(_) | ObjectKind::FinalizationRegistry(_) => {
                tracer.weak_targets.push(o)
            }
            _ => {}
        }
    }

    /// Ephemeron marking: a weak map's value is marked once its key is, until nothing
    /// new is.
    fn mark_ephemerons(&self, tracer: &mut Tracer) {
        loop {
            for i in 0..tracer.weak.len() {
                let wm = tracer.weak[i];
                if let ObjectKind::WeakMap(m) = &self.objects.get(wm.slot()).kind {
                    for &(k, v) in m.entries.iter().flatten() {
                        if tracer.is_marked(k) && !tracer.is_marked(v) {
                            tracer.value(v);
                        }
                    }
                }
            }
            if tracer.pending.is_empty() {
                break;
            }
            self.mark_pending(tracer);
        }
    }

    /// Every weak collection drops the entries whose key stayed unmarked.
    fn clear_weak_collections(&mut self, tracer: &mut Tracer) {
        for wm in std::mem::take(&mut tracer.weak) {
            if let ObjectKind::WeakMap(m) | ObjectKind::WeakSet(m) = &mut self.objects.cells
                [wm.index()]
            .as_mut()
            .expect("marked")
            .kind
            {
                m.retain_keys(|v| tracer.is_marked_weak(v));
            }
        }
    }

    /// Clears the targets of the WeakRefs met so far that are unmarked now, and moves
    /// the FinalizationRegistry cells whose target is unmarked to their registry's
    /// cleared list (their held values were marked with the registry), noting the
    /// registry in `finalization_due`. An unregister token left unmarked is dropped:
    /// nothing can name it any more.
    fn clear_weak_targets(&mut self, tracer: &Tracer) {
        let mut due: Vec<(u64, ObjRef)> = Vec::new();
        let live = |v: Value| tracer.is_marked_weak(v);
        for &o in &tracer.weak_targets {
            match &mut self.objects.cells[o.index()].as_mut().expect("marked").kind {
                ObjectKind::WeakRef(target) if !live(*target) => *target = Value::Undefined,
                ObjectKind::FinalizationRegistry(r) => {
                    if let Some(first) = r.clear_dead_cells(live) {
                        due.push((first, o));
                    }
                }
                _ => {}
            }
        }
        due.sort_unstable_by_key(|&(first, _)| first);
        for (_, o) in due {
            if !self.finalization_due.contains(&o) {
                self.finalization_due.push(o);
            }
        }
    }

    /// Frees the atoms whose strings stayed unmarked (before the strings are swept,
    /// while their text can still be read to leave the text -> atom map).
    fn free_unmarked_atoms(&mut self) {
        let mut freed = vec![false; self.atom_strs.len()];
        for &i in &self.free_atoms {
            freed[i as usize] = true;
        }
        for (i, &s) in self.atom_strs.iter().enumerate() {
            if freed[i] || self.strings.marks.get(s.index()) {
                continue;
            }
            let units = self.strings.get(s.slot()).units().expect("atoms are flat");
            self.atom_by_text.remove(units);
            self.free_atoms.push(i as u32);
        }
    }

    /// Marks everything reachable from `roots` and frees the rest. Pinned atoms and
    /// live code's atoms are roots, and so is every cell Rust code up the stack may
    /// hold.
    pub fn collect(&mut self, roots: &dyn Trace) {
        let mut tracer = Tracer {
            marks: Marks {
                objects: std::mem::take(&mut self.objects.marks),
                strings: std::mem::take(&mut self.strings.marks),
                symbols: std::mem::take(&mut self.symbols.marks),
                envs: std::mem::take(&mut self.envs.marks),
                bigints: std::mem::take(&mut self.bigints.marks),
            },
            atom_strs: std::mem::take(&mut self.atom_strs),
            pending: Vec::new(),
            weak: Vec::new(),
            weak_targets: Vec::new(),
            shape_cycle: super::shape::next_trace_cycle(),
        };
        roots.trace(&mut tracer);
        for &a in &self.pinned_atoms {
            tracer.atom(a);
        }
        self.code.retain(|code| match code.upgrade() {
            Some(code) => {
                trace_code_atoms(&code, &mut tracer);
                true
            }
            None => false,
        });
        for &s in self.unit_strings.iter().flatten() {
            tracer.str(s);
        }
        tracer.values(self.activations.pins());
        tracer.values(&self.kept);
        for &o in &self.finalization_due {
            tracer.obj(o);
        }
        // Weak targets are judged by what the program itself reaches: the roots above.
        // The cells Rust code up the stack may hold (by birth epoch, below) are kept,
        // but a WeakRef to one of them is cleared all the same, as it would be once
        // that code returns: otherwise a `gc()` in a callback could free nothing born
        // before the callback started.
        self.mark_pending(&mut tracer);
        self.mark_ephemerons(&mut tracer);
        self.clear_weak_targets(&tracer);
        if let Some(test) = self.activations.held() {
            for s in self.objects.born_when(&test) {
                tracer.obj(ObjRef::from_slot(s));
            }
            for s in self.strings.born_when(&test) {
                tracer.str(StrRef::from_slot(s));
            }
            for s in self.symbols.born_when(&test) {
                tracer.sym(SymRef::from_slot(s));
            }
            for s in self.envs.born_when(&test) {
                tracer.env(EnvRef::from_slot(s));
            }
            for s in self.bigints.born_when(&test) {
                tracer.big(BigRef::from_slot(s));
            }
        }
        self.mark_pending(&mut tracer);
        self.mark_ephemerons(&mut tracer);
        self.clear_weak_targets(&tracer);
        self.clear_weak_collections(&mut tracer);
        let Tracer {
            marks, atom_strs, ..
        } = tracer;
        self.objects.marks = marks.objects;
        self.strings.marks = marks.strings;
        self.symbols.marks = marks.symbols;
        self.envs.marks = marks.envs;
        self.bigints.marks = marks.bigints;
        self.atom_strs = atom_strs;
        self.short_strings.fill(None);
        self.free_unmarked_atoms();
        // A freed prototype's handle may be reused by another object, so prototype-chain
        // cache entries that name it must be made again. Every object such an entry
        // names was looked through and so is watched: collections that free no watched
        // object (most of them) leave the caches alone.
        let mut freed_watched = false;
        let freed_objects = self
            .objects
            .sweep(|obj| freed_watched |= obj.props.is_watched());
        if freed_watched {
            super::shape::invalidate();
        }
        let freed = freed_objects
            + self.strings.sweep(|_| {})
            + self.symbols.sweep(|_| {})
            + self.envs.sweep(|_| {})
            + self.bigints.sweep(|_| {});
        self.growing = freed < self.allocations / 2;
        self.live_cells = self.objects.live() + self.strings.live() + self.envs.live();
        self.allocations = 0;
        self.threshold = (self.live_cells * self.growth()).max(MIN_THRESHOLD);
    }

    /// How many times the live heap may be allocated before the next collection: twice
    /// while the heap grows, as V8 grows its heap faster while little dies, and while
    /// it is small. A program building a large structure (a long promise chain)
    /// otherwise marks all of it again each time it doubles; one making garbage in a
    /// small heap (earley-boyer's 50,000 live cells) marks it half as often for a few
    /// megabytes more; one making garbage in a large heap keeps at most its live size
    /// more.
    pub fn growth(&self) -> usize {
        if self.growing || self.live_cells < SMALL_HEAP_CELLS {
            2
        } else {
            1
        }
    }
}

/// Marks the atoms and BigInts compiled code names: its constants and its name.
fn trace_code_atoms(code: &FunctionTemplate, tracer: &mut Tracer) {
    tracer.atom(code.name_atom);
    for constant in &code.constants {
        match constant {
            Constant::String(a) => tracer.atom(*a),
            Constant::TemplateStrings(pieces) => {
                for &(cooked, raw) in pieces.iter() {
                    cooked.into_iter().for_each(|a| tracer.atom(a));
                    tracer.atom(raw);
                }
            }
            Constant::BigInt(b) => tracer.big(*b),
            Constant::Number(_) | Constant::Function(_) => {}
        }
    }
}
