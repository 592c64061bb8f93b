//! Hidden classes (shapes): the layout of an object's own property keys, shared by
//! every object whose keys were added in the same order, so that a property
//! instruction can remember "objects of this shape keep `x` at position 2" (an inline
//! cache, see `vm::ic`).
//!
//! A shape is (parent, key, length): the shape of its parent plus one key at position
//! `len - 1`. Adding a key to an object follows the parent's transition for that key,
//! made the first time and found again by every later object built the same way.
//! Attributes and values live in the object (`PropertyMap`), so freezing an object or
//! turning a field into an accessor changes no shape; caches check them on every hit.
//!
//! Memory: shapes are reference counted. An object holds its shape, a shape its
//! parent, and a transition table only a `Weak` to each child, so the shapes of
//! objects that died are freed with them (in the sweep that frees the objects) and
//! dead transitions are pruned as tables grow. A program adding random keys to
//! fresh objects therefore holds shapes only for the objects still alive; a single
//! object adding many keys leaves the shape tree at `MAX_SHAPED_KEYS` (it becomes a
//! dictionary, see `PropertyMap`).

use super::object::PropertyKey;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// What the keys of objects under a root mean to a cache, fixed by the object's kind
/// when it is made. Objects of different classes never share a shape, so a cache
/// entry made for one class never matches an object of another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeClass {
    /// Every named key is an ordinary property found in the property map.
    Ordinary,
    /// Arrays: `length` is exotic (not in the map, or only its read-only marker);
    /// every other named key is ordinary.
    Array,
    /// String wrappers: `length` is exotic, like arrays'.
    StringWrapper,
    /// Proxies: every key goes to a trap, so no cache may remember one.
    Exotic,
}

impl ShapeClass {
    /// Whether a cache may remember where this class of object keeps `key` (a named
    /// key); `length_key` tells whether `key` is `length`.
    pub fn caches(self, length_key: bool) -> bool {
        match self {
            ShapeClass::Ordinary => true,
            ShapeClass::Array | ShapeClass::StringWrapper => !length_key,
            ShapeClass::Exotic => false,
        }
    }
}

/// The number of keys from which a shaped object becomes a dictionary: past it the
/// object is most likely used as a map, and its shape chain would only grow.
pub const MAX_SHAPED_KEYS: usize = 64;

/// The length from which a shape carries a key index; objects with fewer keys are
/// searched by scanning their entries.
pub const SCANNED_BELOW: usize = 8;

/// A key -> position index shared along one chain of shapes: a shape of length `n`
/// reads only positions below `n`, so a child that extends the chain's last shape
/// adds its key to the same index instead of copying it.
struct SharedIndex {
    positions: FxHashMap<PropertyKey, u32>,
    /// The length of the longest shape using this index.
    len: u32,
}

/// One hidden class. Compared by identity (`Rc::ptr_eq`).
pub struct Shape {
    parent: Option<Rc<Shape>>,
    /// The number of keys; the last one, `key`, is at position `len - 1`.
    len: u32,
    key: Option<PropertyKey>,
    class: ShapeClass,
    index: Option<Rc<RefCell<SharedIndex>>>,
    /// The last transition made or taken, checked before `transitions`: most shapes
    /// have one child, and objects built alike take the same one in a row.
    last: RefCell<Option<(PropertyKey, Weak<Shape>)>>,
    transitions: RefCell<FxHashMap<PropertyKey, Weak<Shape>>>,
    /// The table size at which dead transitions are pruned next.
    prune_at: Cell<usize>,
    /// The length of the longest shape made from this one (itself included): how many
    /// keys objects reaching this shape have gone on to get, so their property storage
    /// can be sized for them at once (V8's slack tracking, without the shrinking).
    longest: Cell<u32>,
    /// The last collection (see `next_trace_cycle`) that traced this shape's keys.
    traced: Cell<u64>,
}

impl std::fmt::Debug for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shape")
            .field("len", &self.len)
            .field("key", &self.key)
            .field("class", &self.class)
            .finish()
    }
}

/// The fewest transitions at which a table is pruned of dead children.
const MIN_PRUNE: usize = 8;

thread_local! {
    /// The empty shape of each class: every object starts at one of them.
    static ROOTS: [Rc<Shape>; 4] = [
        Shape::root(ShapeClass::Ordinary),
        Shape::root(ShapeClass::Array),
        Shape::root(ShapeClass::StringWrapper),
        Shape::root(ShapeClass::Exotic),
    ];

    /// Bumped whenever a prototype-chain cache entry may have gone stale (see
    /// `invalidate`).
    static EPOCH: Cell<u64> = const { Cell::new(0) };

    /// Numbers the collections, so each traces a shape's keys once (see
    /// `Shape::first_trace`).
    static TRACE_CYCLE: Cell<u64> = const { Cell::new(0) };
}

/// Starts a collection's marking: returns its number, under which every shape's keys
/// are traced once more.
pub fn next_trace_cycle() -> u64 {
    TRACE_CYCLE.with(|c| {
        c.set(c.get() + 1);
        c.get()
    })
}

/// The current layout epoch: cache entries that depend on objects other than their
/// receiver (prototype-chain hits, misses, adding transitions) are valid only while it
/// is unchanged.
#[inline]
pub fn epoch() -> u64 {
    EPOCH.with(Cell::get)
}

/// Ends every cache entry that depends on prototype objects: called when the keys,
/// attributes or prototype of an object a cache looked through change, and after each
/// collection (a freed prototype's handle may be reused by another object).
pub fn invalidate() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

impl Shape {
    fn root(class: ShapeClass) -> Rc<Shape> {
        Rc::new(Shape {
            parent: None,
            len: 0,
            key: None,
            class,
            index: None,
            last: RefCell::default(),
            transitions: RefCell::default(),
            prune_at: Cell::new(MIN_PRUNE),
            longest: Cell::new(0),
            traced: Cell::new(0),
        })
    }

    /// The empty shape of `class`.
    pub fn empty(class: ShapeClass) -> Rc<Shape> {
        ROOTS.with(|roots| roots[class as usize].clone())
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn class(&self) -> ShapeClass {
        self.class
    }

    /// The most keys objects of this shape have gone on to get (see `longest`).
    #[inline]
    pub fn expected_len(&self) -> usize {
        self.longest.get() as usize
    }

    /// Whether collection `cycle` has yet to trace this shape's keys; true once per
    /// collection. Every object of a shape has the shape's keys, so marking their
    /// atoms for the first such object marks them for all.
    #[inline]
    pub fn first_trace(&self, cycle: u64) -> bool {
        let first = self.traced.get() != cycle;
        self.traced.set(cycle);
        first
    }

    /// The shape before the last key was added.
    pub fn parent(&self) -> Option<&Rc<Shape>> {
        self.parent.as_ref()
    }

    /// The position of `key` in objects of this shape whose keys are `keys` (the
    /// object's own entries, searched directly while the shape is small).
    #[inline]
    pub fn position<'a>(
        &self,
        key: &PropertyKey,
        mut keys: impl Iterator<Item = &'a PropertyKey>,
    ) -> Option<usize> {
        match &self.index {
            Some(index) => index
                .borrow()
                .positions
                .get(key)
                .copied()
                .filter(|&i| i < self.len)
                .map(|i| i as usize),
            None => keys.position(|k| k == key),
        }
    }

    /// The shape of an object of this shape after adding `key`; `keys` are the
    /// object's current keys (to build the child's index when it needs its own).
    pub fn child<'a>(
        self: &Rc<Shape>,
        key: PropertyKey,
        keys: impl Iterator<Item = &'a PropertyKey>,
    ) -> Rc<Shape> {
        if let Some((k, child)) = &*self.last.borrow()
            && *k == key
            && let Some(child) = child.upgrade()
        {
            return child;
        }
        if let Some(child) = self.transitions.borrow().get(&key).and_then(Weak::upgrade) {
            *self.last.borrow_mut() = Some((key, Rc::downgrade(&child)));
            return child;
        }
        let len = self.len + 1;
        let index = if (len as usize) < SCANNED_BELOW {
            None
        } else {
            Some(self.extended_index(key, keys))
        };
        let child = Rc::new(Shape {
            parent: Some(self.clone()),
            len,
            key: Some(key),
            class: self.class,
            index,
            last: RefCell::default(),
            transitions: RefCell::default(),
            prune_at: Cell::new(MIN_PRUNE),
            longest: Cell::new(len),
            traced: Cell::new(0),
        });
        // Shapes are made once per layout, so walking up is rare; it stops at the
        // first ancestor that already expects as many keys.
        let mut ancestor = Some(self);
        while let Some(shape) = ancestor
            && shape.longest.get() < len
        {
            shape.longest.set(len);
            ancestor = shape.parent.as_ref();
        }
        let mut transitions = self.transitions.borrow_mut();
        if transitions.len() >= self.prune_at.get() {
            transitions.retain(|_, child| child.strong_count() > 0);
            self.prune_at.set((transitions.len() * 2).max(MIN_PRUNE));
        }
        transitions.insert(key, Rc::downgrade(&child));
        *self.last.borrow_mut() = Some((key, Rc::downgrade(&child)));
        child
    }

    /// The index of a child that adds `key` at position `self.len`: this shape's own
    /// index when no other child has extended it yet, else a new one.
    fn extended_index<'a>(
        &self,
        key: PropertyKey,
        keys: impl Iterator<Item = &'a PropertyKey>,
    ) -> Rc<RefCell<SharedIndex>> {
        if let Some(index) = &self.index {
            let mut shared = index.borrow_mut();
            if shared.len == self.len {
                shared.positions.insert(key, self.len);
                shared.len += 1;
                return index.clone();
            }
        }
        let mut positions: FxHashMap<PropertyKey, u32> = keys
            .take(self.len as usize)
            .enumerate()
            .map(|(i, k)| (*k, i as u32))
            .collect();
        positions.insert(key, self.len);
        Rc::new(RefCell::new(SharedIndex {
            positions,
            len: self.len + 1,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::heap::Atom;

    fn key(i: u32) -> PropertyKey {
        PropertyKey::String(Atom(i))
    }

    #[test]
    fn objects_built_alike_share_shapes() {
        let root = Shape::empty(ShapeClass::Ordinary);
        let a = root.child(key(1), [].iter());
        let b = root.child(key(1), [].iter());
        assert!(Rc::ptr_eq(&a, &b));
        let c = root.child(key(2), [].iter());
        assert!(!Rc::ptr_eq(&a, &c));
        assert!(!Rc::ptr_eq(
            &a,
            &Shape::empty(ShapeClass::Array).child(key(1), [].iter())
        ));
    }

    #[test]
    fn dead_transitions_are_pruned() {
        let root = Shape::root(ShapeClass::Ordinary);
        for i in 0..1000 {
            drop(root.child(key(i), [].iter()));
        }
        assert!(root.transitions.borrow().len() <= MIN_PRUNE * 2);
    }

    #[test]
    fn shared_index_branches_stay_separate() {
        let mut keys = Vec::new();
        let mut shape = Shape::root(ShapeClass::Ordinary);
        for i in 0..10 {
            shape = shape.child(key(i), keys.iter());
            keys.push(key(i));
        }
        let long = shape.child(key(100), keys.iter());
        let branch = shape.child(key(200), keys.iter());
        let mut long_keys = keys.clone();
        long_keys.push(key(100));
        assert_eq!(long.position(&key(100), long_keys.iter()), Some(10));
        assert_eq!(branch.position(&key(100), keys.iter()), None);
        assert_eq!(branch.position(&key(200), keys.iter()), Some(10));
        assert_eq!(shape.position(&key(100), keys.iter()), None);
        assert_eq!(shape.position(&key(3), keys.iter()), Some(3));
    }
}
