//! Inline caches for the named property instructions (`GetProp`, `SetProp`): each
//! instruction remembers, per receiver shape it met, where the property was found, so
//! the next object of that shape skips the lookup.
//!
//! A cache holds one entry, then up to `POLYMORPHIC`, and past that turns
//! megamorphic: the instruction does the plain lookup from then on. An entry is made
//! per receiver shape, and for answers that depend on the prototype chain per shape
//! and prototype: a shape describes only own keys, so objects of two classes whose
//! constructors add the same fields share it (Richards' worker and handler tasks), and
//! one entry per shape would have them replace each other's method at every call. Entries
//! that depend only on the receiver's shape (its own properties) stay valid as long as
//! the shape is alive, which the entry ensures by holding it. Entries that depend on
//! the prototype chain (a method found on a prototype, a missing property, a property
//! added to the receiver with no setter in the way) also record the receiver's
//! prototype and the layout epoch: every object such an entry looked through is marked
//! `watched`, and any change to a watched object's keys, attributes or prototype (and
//! any collection) moves the epoch on (see `runtime::shape`). Values and accessor
//! functions are always read from the object at hit time, so writing a value never
//! ends an entry, and a getter or setter found through the cache is still called.

use super::{JsResult, Vm};
use crate::runtime::object::{DEFAULT_ATTRS, Property, PropertyKey, Slot};
use crate::runtime::shape::{self, Shape};
use crate::runtime::{Heap, ObjRef, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The most shapes one cache remembers before it gives up.
const POLYMORPHIC: usize = 8;

/// What a cache entry knows about receivers of its shape.
#[derive(Debug, Clone)]
enum Action {
    /// The property is the receiver's own, at this position.
    Own(u32),
    /// Found on `holder` at position `index`, the receiver having prototype `proto`.
    Proto {
        proto: ObjRef,
        holder: ObjRef,
        index: u32,
        epoch: u64,
    },
    /// Found nowhere on the chain from `proto` (a get reads undefined).
    Missing { proto: Option<ObjRef>, epoch: u64 },
    /// A set adds the property (nothing on the chain from `proto` intercepts it),
    /// giving the receiver shape `next`.
    Add {
        proto: Option<ObjRef>,
        next: Rc<Shape>,
        epoch: u64,
    },
    /// A definition (an object literal's property) appends the property, giving the
    /// object shape `next`; the prototype chain plays no part.
    Append { next: Rc<Shape> },
}

impl Action {
    /// The receiver prototype the action holds for, when it depends on the chain.
    #[inline]
    fn chain_proto(&self) -> Option<Option<ObjRef>> {
        match *self {
            Action::Own(_) | Action::Append { .. } => None,
            Action::Proto { proto, .. } => Some(Some(proto)),
            Action::Missing { proto, .. } | Action::Add { proto, .. } => Some(proto),
        }
    }

    /// Whether the action applies to a receiver whose prototype is `proto`.
    #[inline]
    fn holds_for(&self, proto: Option<ObjRef>) -> bool {
        self.chain_proto().is_none_or(|p| p == proto)
    }
}

#[derive(Debug, Clone)]
struct Entry {
    shape: Rc<Shape>,
    /// `action.chain_proto()`, kept beside the shape so a probe reads no action.
    chain: Option<Option<ObjRef>>,
    action: Action,
}

#[derive(Debug, Default)]
struct State {
    entries: Vec<Entry>,
    megamorphic: bool,
}

/// What the first entry of a cache says about the prototype chain, copied out of
/// it so that a hit needs no reference count or borrow.
#[derive(Debug, Clone, Copy)]
enum FirstChain {
    None,
    Proto {
        proto: ObjRef,
        holder: ObjRef,
        index: u32,
        epoch: u64,
    },
    Missing {
        proto: Option<ObjRef>,
        epoch: u64,
    },
    /// `Action::Add`, its next shape by address (the entry holds it alive).
    Add {
        proto: Option<ObjRef>,
        next: *const Shape,
        epoch: u64,
    },
}

/// `PropCache::first_own` when the first entry is not an own property: past the end
/// of every property table.
const NOT_OWN: u32 = u32::MAX;

/// One named property instruction's cache. The first entry is mirrored in plain
/// cells (its shape's address, its own position or chain answer) and checked before
/// anything else, so a monomorphic hit costs one comparison; the shape stays alive in
/// the entry it mirrors.
#[derive(Debug)]
pub struct PropCache {
    first_shape: Cell<*const Shape>,
    first_own: Cell<u32>,
    first_chain: Cell<FirstChain>,
    state: RefCell<State>,
}

impl Default for PropCache {
    fn default() -> Self {
        PropCache {
            first_shape: Cell::new(std::ptr::null()),
            first_own: Cell::new(NOT_OWN),
            first_chain: Cell::new(FirstChain::None),
            state: RefCell::default(),
        }
    }
}

impl PropCache {
    /// The action for a receiver of `shape` whose prototype is `proto`, if the cache
    /// has one.
    #[inline(always)]
    fn lookup(&self, shape: &Rc<Shape>, proto: Option<ObjRef>) -> Option<Action> {
        let state = self.state.borrow();
        state
            .entries
            .iter()
            .find(|e| Rc::ptr_eq(&e.shape, shape) && e.chain.is_none_or(|p| p == proto))
            .map(|e| e.action.clone())
    }

    /// Remembers `action` for `shape`, replacing a stale entry for the same shape (and
    /// prototype, for an action that depends on it); a full cache turns megamorphic.
    fn remember(&self, shape: Rc<Shape>, action: Action) {
        let mut state = self.state.borrow_mut();
        if state.megamorphic {
            return;
        }
        let proto = action.chain_proto();
        if let Some(e) = state
            .entries
            .iter_mut()
            .find(|e| Rc::ptr_eq(&e.shape, &shape) && e.chain == proto)
        {
            e.action = action;
        } else if state.entries.len() < POLYMORPHIC {
            state.entries.push(Entry {
                shape,
                chain: proto,
                action,
            });
        } else {
            state.entries = Vec::new();
            state.megamorphic = true;
        }
        let (shape, own, chain) = match state.entries.first() {
            Some(e) => {
                let (own, chain) = match e.action {
                    Action::Own(i) => (i, FirstChain::None),
                    Action::Proto {
                        proto,
                        holder,
                        index,
                        epoch,
                    } => (
                        NOT_OWN,
                        FirstChain::Proto {
                            proto,
                            holder,
                            index,
                            epoch,
                        },
                    ),
                    Action::Missing { proto, epoch } => {
                        (NOT_OWN, FirstChain::Missing { proto, epoch })
                    }
                    Action::Add {
                        proto,
                        ref next,
                        epoch,
                    } => (
                        NOT_OWN,
                        FirstChain::Add {
                            proto,
                            next: Rc::as_ptr(next),
                            epoch,
                        },
                    ),
                    Action::Append { .. } => (NOT_OWN, FirstChain::None),
                };
                (Rc::as_ptr(&e.shape), own, chain)
            }
            None => (std::ptr::null(), NOT_OWN, FirstChain::None),
        };
        self.first_shape.set(shape);
        self.first_own.set(own);
        self.first_chain.set(chain);
    }

    fn is_megamorphic(&self) -> bool {
        self.state.borrow().megamorphic
    }
}

/// The number of entries of the `MegamorphicCache` (a power of two).
const MEGAMORPHIC_SLOTS: usize = 1024;

/// What reads at megamorphic sites found, by receiver shape, key and prototype, shared
/// by every such site (V8's stub cache): a site that met more receivers than its own
/// cache keeps (a constructor body shared by many classes, as `Class.create` makes
/// them) still finds the usual ones without a lookup. An entry holds its shape, so a
/// shape's address names one layout for as long as the entry lives; the table is
/// emptied at every collection, which may free a key's atom and a prototype's
/// handle for reuse.
pub struct MegamorphicCache {
    slots: Box<[Option<MegamorphicEntry>]>,
}

struct MegamorphicEntry {
    shape: Rc<Shape>,
    key: PropertyKey,
    action: Action,
}

impl Default for MegamorphicCache {
    fn default() -> Self {
        MegamorphicCache {
            slots: std::iter::repeat_with(|| None)
                .take(MEGAMORPHIC_SLOTS)
                .collect(),
        }
    }
}

impl MegamorphicCache {
    /// The slot of a read of `key` from a receiver of `shape` and prototype `proto`:
    /// receivers that differ only in their prototype (classes built alike) get
    /// different slots.
    #[inline]
    fn slot(shape: &Rc<Shape>, key: PropertyKey, proto: Option<ObjRef>) -> usize {
        let key = match key {
            PropertyKey::Index(i) => i as usize,
            PropertyKey::String(a) => a.index(),
            PropertyKey::Symbol(s) | PropertyKey::Private(s) => s.index(),
        };
        let proto = proto.map_or(0, ObjRef::index);
        let hash = (Rc::as_ptr(shape) as usize >> 4)
            ^ key.wrapping_mul(0x9E37_79B9)
            ^ proto.wrapping_mul(0x85EB_CA6B);
        (hash ^ (hash >> 10)) & (MEGAMORPHIC_SLOTS - 1)
    }

    #[inline]
    fn lookup(&self, shape: &Rc<Shape>, key: PropertyKey, proto: Option<ObjRef>) -> Option<Action> {
        match &self.slots[Self::slot(shape, key, proto)] {
            Some(e) if Rc::ptr_eq(&e.shape, shape) && e.key == key && e.action.holds_for(proto) => {
                Some(e.action.clone())
            }
            _ => None,
        }
    }

    fn remember(
        &mut self,
        shape: Rc<Shape>,
        key: PropertyKey,
        proto: Option<ObjRef>,
        action: Action,
    ) {
        let slot = Self::slot(&shape, key, proto);
        self.slots[slot] = Some(MegamorphicEntry { shape, key, action });
    }

    /// Forgets every entry (after a collection).
    pub fn clear(&mut self) {
        self.slots.iter_mut().for_each(|s| *s = None);
    }
}

/// Where a lookup from an object's prototype ended.
enum ChainLookup {
    Found { holder: ObjRef, index: u32 },
    Missing,
}

impl Vm {
    /// Where `target.key` is, by the first entry of `cache`, when it is a data value
    /// (no call, no throw); `None` sends the instruction to `get_cached`. (A
    /// reference the caller copies into its register: returning the value itself
    /// made the copy go through two overlapping stores.)
    #[inline]
    pub(super) fn cached_data<'h>(
        heap: &'h Heap,
        cache: &PropCache,
        target: &Value,
    ) -> Option<&'h Value> {
        const UNDEFINED: &Value = &Value::Undefined;
        let &Value::Object(o) = target else {
            return None;
        };
        let obj = heap.obj(o);
        if !std::ptr::eq(cache.first_shape.get(), Rc::as_ptr(obj.props.shape()?)) {
            return None;
        }
        // NOT_OWN is past the end of every table, so one bounds check tells an own
        // property (always inside: the shape matched) from one found on the chain.
        let found = match obj.props.get_index(cache.first_own.get() as usize) {
            Some(own) => Some(own),
            None => match cache.first_chain.get() {
                FirstChain::Proto {
                    proto,
                    holder,
                    index,
                    epoch,
                } if epoch == shape::epoch() && obj.proto == Some(proto) => {
                    heap.obj(holder).props.get_index(index as usize)
                }
                FirstChain::Missing { proto, epoch }
                    if epoch == shape::epoch() && obj.proto == proto =>
                {
                    return Some(UNDEFINED);
                }
                _ => None,
            },
        };
        match found?.1 {
            Property {
                slot: Slot::Data(v),
                ..
            } => Some(v),
            _ => None,
        }
    }

    /// `target.key` through `cache`: the entries for the receiver's shape (a getter
    /// found through them is called), else the plain [[Get]] and a new entry for
    /// next time.
    #[inline(never)]
    pub(super) fn get_cached(
        &mut self,
        cache: &PropCache,
        target: Value,
        key: PropertyKey,
    ) -> JsResult<Value> {
        if let Value::Object(o) = target {
            let obj = self.heap.obj(o);
            if let Some(shape) = obj.props.shape()
                && let Some(action) = cache
                    .lookup(shape, obj.proto)
                    .or_else(|| self.megamorphic.lookup(shape, key, obj.proto))
            {
                let found = match action {
                    Action::Own(i) => obj.props.get_index(i as usize).map(|(_, p)| *p),
                    Action::Proto {
                        proto,
                        holder,
                        index,
                        epoch,
                    } if epoch == shape::epoch() && obj.proto == Some(proto) => self
                        .heap
                        .obj(holder)
                        .props
                        .get_index(index as usize)
                        .map(|(_, p)| *p),
                    Action::Missing { proto, epoch }
                        if epoch == shape::epoch() && obj.proto == proto =>
                    {
                        return Ok(Value::Undefined);
                    }
                    _ => None,
                };
                match found.map(|p| p.slot) {
                    Some(Slot::Data(v)) => return Ok(v),
                    Some(Slot::Accessor { get: Some(g), .. }) => {
                        return self.call(Value::Object(g), target, &[]);
                    }
                    Some(Slot::Accessor { get: None, .. }) => return Ok(Value::Undefined),
                    None => {}
                }
            }
        }
        self.get_and_remember(cache, target, key)
    }

    /// The slow half of `get_cached`.
    #[inline(never)]
    fn get_and_remember(
        &mut self,
        cache: &PropCache,
        target: Value,
        key: PropertyKey,
    ) -> JsResult<Value> {
        let value = self.get(target, key)?;
        if let Value::Object(o) = target
            && let Some((shape, action)) = self.get_action(o, key)
        {
            if cache.is_megamorphic() {
                let proto = self.heap.obj(o).proto;
                self.megamorphic.remember(shape, key, proto, action);
            } else {
                cache.remember(shape, action);
            }
        }
        Ok(value)
    }

    /// What a cache can remember about reading `key` from `o` as it is now.
    fn get_action(&mut self, o: ObjRef, key: PropertyKey) -> Option<(Rc<Shape>, Action)> {
        let obj = self.heap.obj(o);
        let shape = obj.props.shape()?.clone();
        if !self.caches_named(o, key) {
            return None;
        }
        if let Some(i) = obj.props.get_index_of(&key) {
            return Some((shape, Action::Own(i as u32)));
        }
        let proto = obj.proto;
        let action = match self.chain_lookup(proto, key)? {
            ChainLookup::Found { holder, index } => Action::Proto {
                proto: proto?,
                holder,
                index,
                epoch: shape::epoch(),
            },
            ChainLookup::Missing => Action::Missing {
                proto,
                epoch: shape::epoch(),
            },
        };
        Some((shape, action))
    }

    /// Whether `o`'s kind keeps the named `key` as an ordinary property (arrays and
    /// string wrappers have an exotic `length`).
    fn caches_named(&self, o: ObjRef, key: PropertyKey) -> bool {
        let is_length = key == PropertyKey::String(self.length_atom);
        self.heap.obj(o).kind.shape_class().caches(is_length)
    }

    /// Looks `key` up along the prototype chain from `proto`, marking every object it
    /// passes as watched; `None` when an object on the way is exotic for `key`.
    fn chain_lookup(&mut self, proto: Option<ObjRef>, key: PropertyKey) -> Option<ChainLookup> {
        let mut cur = proto;
        let mut steps = 0;
        while let Some(p) = cur {
            // A cycle cannot be built, but a very long chain is not worth caching.
            steps += 1;
            if steps > 64 || !self.caches_named(p, key) {
                return None;
            }
            let obj = self.heap.obj_mut(p);
            obj.props.watch();
            if let Some(i) = obj.props.get_index_of(&key) {
                return Some(ChainLookup::Found {
                    holder: p,
                    index: i as u32,
                });
            }
            cur = obj.proto;
        }
        Some(ChainLookup::Missing)
    }

    /// `target.key = value` through `cache` (sloppy or `strict`).
    #[inline]
    pub(super) fn set_cached(
        &mut self,
        cache: &PropCache,
        target: Value,
        key: PropertyKey,
        value: Value,
        strict: bool,
    ) -> JsResult<()> {
        if let Value::Object(o) = target {
            let obj = self.heap.obj_mut(o);
            if let Some(shape) = obj.props.shape()
                && std::ptr::eq(cache.first_shape.get(), Rc::as_ptr(shape))
            {
                let own = cache.first_own.get();
                if own != NOT_OWN {
                    if obj.props.write_value_at(own as usize, value) {
                        return Ok(());
                    }
                } else if let FirstChain::Add { proto, next, epoch } = cache.first_chain.get()
                    && epoch == shape::epoch()
                    && obj.proto == proto
                    && obj.extensible
                {
                    // SAFETY: `next` is the address of the `Rc<Shape>` in the cache's
                    // first entry, which keeps it alive; the new reference counted
                    // here is the one the object takes.
                    let next = unsafe {
                        Rc::increment_strong_count(next);
                        Rc::from_raw(next)
                    };
                    obj.props
                        .push_with_shape(key, Property::data(value, DEFAULT_ATTRS), next);
                    return Ok(());
                }
            }
        }
        self.set_polymorphic(cache, target, key, value, strict)
    }

    /// `set_cached` past the first entry: the other entries, then the plain [[Set]].
    #[inline(never)]
    fn set_polymorphic(
        &mut self,
        cache: &PropCache,
        target: Value,
        key: PropertyKey,
        value: Value,
        strict: bool,
    ) -> JsResult<()> {
        if let Value::Object(o) = target {
            let obj = self.heap.obj_mut(o);
            if let Some(shape) = obj.props.shape()
                && let Some(action) = cache.lookup(shape, obj.proto)
            {
                match action {
                    Action::Own(i) if obj.props.write_value_at(i as usize, value) => {
                        return Ok(());
                    }
                    Action::Add { proto, next, epoch }
                        if epoch == shape::epoch() && obj.proto == proto && obj.extensible =>
                    {
                        obj.props
                            .push_with_shape(key, Property::data(value, DEFAULT_ATTRS), next);
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
        self.set_and_remember(cache, target, key, value, strict)
    }

    /// The slow half of `set_cached`.
    #[inline(never)]
    fn set_and_remember(
        &mut self,
        cache: &PropCache,
        target: Value,
        key: PropertyKey,
        value: Value,
        strict: bool,
    ) -> JsResult<()> {
        let Value::Object(o) = target else {
            return self.set(target, key, value, strict);
        };
        let before = match self.heap.obj(o).props.shape() {
            Some(shape) if !cache.is_megamorphic() && self.caches_named(o, key) => {
                Some((shape.clone(), self.heap.obj(o).props.get_index_of(&key)))
            }
            _ => None,
        };
        self.set(target, key, value, strict)?;
        let Some((shape, own)) = before else {
            return Ok(());
        };
        let obj = self.heap.obj(o);
        let Some(after) = obj.props.shape() else {
            return Ok(());
        };
        let action = match own {
            // An own writable data property written in place.
            Some(i) if Rc::ptr_eq(after, &shape) => match obj.props.get_index(i).map(|(_, p)| *p) {
                Some(p) if p.writable() && matches!(p.slot, Slot::Data(_)) => Action::Own(i as u32),
                _ => return Ok(()),
            },
            // A new property appended by the plain [[Set]]: cache the transition if
            // no prototype has a setter or a read-only property of that name (a
            // writable data property there is only shadowed, as in classes whose
            // prototype holds defaults).
            None if after.parent().is_some_and(|p| Rc::ptr_eq(p, &shape))
                && obj.props.get_index(shape.len()).map(|(k, p)| (*k, *p))
                    == Some((key, Property::data(value, DEFAULT_ATTRS))) =>
            {
                let next = after.clone();
                let proto = obj.proto;
                let shadows_writable_data = |vm: &Vm, holder: ObjRef, index: u32| {
                    vm.heap
                        .obj(holder)
                        .props
                        .get_index(index as usize)
                        .is_some_and(|(_, p)| p.writable() && matches!(p.slot, Slot::Data(_)))
                };
                match self.chain_lookup(proto, key) {
                    Some(ChainLookup::Missing) => {}
                    Some(ChainLookup::Found { holder, index })
                        if shadows_writable_data(self, holder, index) => {}
                    _ => return Ok(()),
                }
                Action::Add {
                    proto,
                    next,
                    epoch: shape::epoch(),
                }
            }
            _ => return Ok(()),
        };
        cache.remember(shape, action);
        Ok(())
    }

    /// CreateDataProperty(o, key, value) for an object literal's named property,
    /// through `cache`: the append the shape met before, else the plain definition
    /// (and a new entry). False when the object is not extensible.
    pub(super) fn define_cached(
        &mut self,
        cache: &PropCache,
        o: ObjRef,
        key: PropertyKey,
        value: Value,
    ) -> JsResult<bool> {
        let obj = self.heap.obj_mut(o);
        let before = match obj.props.shape() {
            Some(shape) if obj.extensible => {
                if let Some(Action::Append { next }) = cache.lookup(shape, obj.proto) {
                    obj.props
                        .push_with_shape(key, Property::data(value, DEFAULT_ATTRS), next);
                    return Ok(true);
                }
                (!cache.is_megamorphic() && !obj.props.contains_key(&key)).then(|| shape.clone())
            }
            _ => None,
        };
        if !self.create_data_property(o, key, value)? {
            return Ok(false);
        }
        if let Some(shape) = before
            && self.caches_named(o, key)
        {
            let props = &self.heap.obj(o).props;
            if let Some(after) = props.shape()
                && after.parent().is_some_and(|p| Rc::ptr_eq(p, &shape))
                && props.get_index(shape.len()).map(|(k, p)| (*k, *p))
                    == Some((key, Property::data(value, DEFAULT_ATTRS)))
            {
                let next = after.clone();
                cache.remember(shape, Action::Append { next });
            }
        }
        Ok(true)
    }
}
