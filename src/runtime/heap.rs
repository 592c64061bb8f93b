//! The garbage-collected heap: typed arenas addressed by small `Copy` handles, collected
//! by mark-and-sweep from the roots the VM hands in.
//!
//! Collection happens only at safepoints chosen by the VM (see `Vm::maybe_collect`), so a
//! handle held in a Rust local between two safepoints can never be freed under it.

use super::object::JsObject;
use super::string::JsString;
use super::value::Value;
use rustc_hash::FxHashMap;
use std::rc::Rc;

macro_rules! handle {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub(crate) u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
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
    /// A handle to an [`Env`], the heap home of variables captured by closures.
    EnvRef
);
handle!(
    /// An interned string used as a property key; atoms live as long as the heap.
    Atom
);

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

/// Slots of one type of heap cell, with mark bits and a free list.
pub struct Arena<T> {
    cells: Vec<Option<T>>,
    marks: Vec<bool>,
    free: Vec<u32>,
}

impl<T> Arena<T> {
    fn new() -> Self {
        Arena {
            cells: Vec::new(),
            marks: Vec::new(),
            free: Vec::new(),
        }
    }

    fn alloc(&mut self, value: T) -> u32 {
        if let Some(i) = self.free.pop() {
            self.cells[i as usize] = Some(value);
            i
        } else {
            self.cells.push(Some(value));
            self.marks.push(false);
            (self.cells.len() - 1) as u32
        }
    }

    #[inline]
    fn get(&self, i: u32) -> &T {
        self.cells[i as usize].as_ref().expect("live heap handle")
    }

    #[inline]
    fn get_mut(&mut self, i: u32) -> &mut T {
        self.cells[i as usize].as_mut().expect("live heap handle")
    }

    /// Marks cell `i`; returns true the first time.
    fn mark(&mut self, i: u32) -> bool {
        let m = &mut self.marks[i as usize];
        !std::mem::replace(m, true)
    }

    /// Frees every unmarked cell and clears the marks; returns the number freed.
    fn sweep(&mut self) -> usize {
        let mut freed = 0;
        for (i, (cell, mark)) in self.cells.iter_mut().zip(self.marks.iter_mut()).enumerate() {
            if *mark {
                *mark = false;
            } else if cell.is_some() {
                *cell = None;
                self.free.push(i as u32);
                freed += 1;
            }
        }
        freed
    }

    fn live(&self) -> usize {
        self.cells.len() - self.free.len()
    }
}

/// Something the collector must visit: the handles a heap cell refers to.
#[derive(Clone, Copy, Debug)]
pub enum GcRef {
    Obj(ObjRef),
    Str(StrRef),
    Sym(SymRef),
    Env(EnvRef),
}

/// The mark phase's work list; `trace` implementations push what they refer to.
#[derive(Default)]
pub struct Tracer {
    pending: Vec<GcRef>,
}

impl Tracer {
    #[inline]
    pub fn value(&mut self, v: Value) {
        match v {
            Value::String(s) => self.pending.push(GcRef::Str(s)),
            Value::Symbol(s) => self.pending.push(GcRef::Sym(s)),
            Value::Object(o) => self.pending.push(GcRef::Obj(o)),
            _ => {}
        }
    }

    pub fn values(&mut self, vs: &[Value]) {
        for &v in vs {
            self.value(v);
        }
    }

    pub fn obj(&mut self, o: ObjRef) {
        self.pending.push(GcRef::Obj(o));
    }

    pub fn str(&mut self, s: StrRef) {
        self.pending.push(GcRef::Str(s));
    }

    pub fn sym(&mut self, s: SymRef) {
        self.pending.push(GcRef::Sym(s));
    }

    pub fn env(&mut self, e: EnvRef) {
        self.pending.push(GcRef::Env(e));
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
    atom_by_text: FxHashMap<Rc<[u16]>, Atom>,
    atom_strs: Vec<StrRef>,
    /// Allocations since the last collection; the VM collects when this passes
    /// `threshold`.
    pub allocations: usize,
    pub threshold: usize,
    /// The allocated bytes (see `memory::allocated_bytes`) at which the VM
    /// collects next, whatever the number of cells: arrays, maps and property tables
    /// grow without allocating cells.
    pub bytes_threshold: usize,
}

/// The fewest allocations between two collections; keeps small scripts from collecting
/// at all and large ones from collecting too often.
const MIN_THRESHOLD: usize = 64 * 1024;

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
            atom_by_text: FxHashMap::default(),
            atom_strs: Vec::new(),
            allocations: 0,
            threshold: MIN_THRESHOLD,
            bytes_threshold: MIN_BYTES_GROWTH,
        }
    }

    pub fn alloc_object(&mut self, obj: JsObject) -> ObjRef {
        self.allocations += 1;
        ObjRef(self.objects.alloc(obj))
    }

    pub fn alloc_string(&mut self, s: JsString) -> StrRef {
        self.allocations += 1;
        StrRef(self.strings.alloc(s))
    }

    pub fn alloc_symbol(&mut self, s: Symbol) -> SymRef {
        self.allocations += 1;
        SymRef(self.symbols.alloc(s))
    }

    pub fn alloc_env(&mut self, env: Env) -> EnvRef {
        self.allocations += 1;
        EnvRef(self.envs.alloc(env))
    }

    #[inline]
    pub fn obj(&self, o: ObjRef) -> &JsObject {
        self.objects.get(o.0)
    }

    #[inline]
    pub fn obj_mut(&mut self, o: ObjRef) -> &mut JsObject {
        self.objects.get_mut(o.0)
    }

    #[inline]
    pub fn string(&self, s: StrRef) -> &JsString {
        self.strings.get(s.0)
    }

    #[inline]
    pub fn string_mut(&mut self, s: StrRef) -> &mut JsString {
        self.strings.get_mut(s.0)
    }

    pub fn symbol(&self, s: SymRef) -> &Symbol {
        self.symbols.get(s.0)
    }

    #[inline]
    pub fn env(&self, e: EnvRef) -> &Env {
        self.envs.get(e.0)
    }

    #[inline]
    pub fn env_mut(&mut self, e: EnvRef) -> &mut Env {
        self.envs.get_mut(e.0)
    }

    /// The atom for `units`, interning it on first use.
    pub fn atom(&mut self, units: &[u16]) -> Atom {
        if let Some(&a) = self.atom_by_text.get(units) {
            return a;
        }
        let text: Rc<[u16]> = Rc::from(units);
        let s = self.alloc_string(JsString::flat(units.to_vec()));
        let atom = Atom(self.atom_strs.len() as u32);
        self.string_mut(s).atom = Some(atom);
        self.atom_strs.push(s);
        self.atom_by_text.insert(text, atom);
        atom
    }

    pub fn atom_str(&mut self, text: &str) -> Atom {
        let units: Vec<u16> = text.encode_utf16().collect();
        self.atom(&units)
    }

    /// The atom's string value.
    #[inline]
    pub fn atom_string(&self, a: Atom) -> StrRef {
        self.atom_strs[a.index()]
    }

    /// The atom for an existing string, flattening it if needed.
    pub fn atomize(&mut self, s: StrRef) -> Atom {
        if let Some(a) = self.string(s).atom {
            return a;
        }
        let units = self.flatten(s).to_vec();
        let a = self.atom(&units);
        self.string_mut(s).atom = Some(a);
        a
    }

    /// Counts of live cells, for tests and `--trace-gc` style reporting.
    pub fn live_objects(&self) -> usize {
        self.objects.live()
    }

    /// Marks everything reachable from `roots` and frees the rest. Atoms are always
    /// roots.
    pub fn collect(&mut self, roots: &dyn Trace) {
        let mut tracer = Tracer::default();
        roots.trace(&mut tracer);
        for &s in &self.atom_strs {
            tracer.str(s);
        }
        while let Some(r) = tracer.pending.pop() {
            match r {
                GcRef::Obj(o) => {
                    if self.objects.mark(o.0) {
                        self.objects.get(o.0).trace(&mut tracer);
                    }
                }
                GcRef::Str(s) => {
                    if self.strings.mark(s.0) {
                        self.strings.get(s.0).trace(&mut tracer);
                    }
                }
                GcRef::Sym(s) => {
                    if self.symbols.mark(s.0)
                        && let Some(d) = self.symbols.get(s.0).description
                    {
                        tracer.str(d);
                    }
                }
                GcRef::Env(e) => {
                    if self.envs.mark(e.0) {
                        let env = self.envs.get(e.0);
                        tracer.values(&env.slots);
                        if let Some(p) = env.parent {
                            tracer.env(p);
                        }
                    }
                }
            }
        }
        self.objects.sweep();
        // A freed prototype's handle may now name another object: prototype-chain
        // cache entries that name objects by handle must be made again.
        super::shape::invalidate();
        self.strings.sweep();
        self.symbols.sweep();
        self.envs.sweep();
        let live = self.objects.live() + self.strings.live() + self.envs.live();
        self.allocations = 0;
        self.threshold = live.max(MIN_THRESHOLD);
    }
}
