//! `Map`, `Set`, `WeakMap`, `WeakSet`, their iterators and the ES2025 set methods.
//!
//! Entries live in a [`MapData`]: a vector in insertion order whose deleted entries
//! become tombstones, so iteration (by position) stays live while the collection
//! changes, as the spec's lists with `~empty~` elements do.

use super::iterator::{iter_result, tag};
use super::{arg, constructor, getter, method};
use crate::runtime::object::{
    CONFIGURABLE, CollectionIterData, IterKind, METHOD_ATTRS, MapData, MapKey, PropertyKey, Slot,
};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    install_map(vm);
    install_set(vm);
    install_weak(vm);
}

/// CanonicalizeKeyedCollectionKey: -0 becomes +0.
fn canonical(v: Value) -> Value {
    match v {
        // -0 + 0 is +0; every other number is unchanged.
        Value::Number(n) => Value::Number(n + 0.0),
        v => v,
    }
}

/// The SameValueZero representation of `v` used as a hash key.
fn map_key(vm: &mut Vm, v: Value) -> MapKey {
    match v {
        Value::Undefined | Value::Empty => MapKey::Undefined,
        Value::Null => MapKey::Null,
        Value::Bool(b) => MapKey::Bool(b),
        Value::Number(n) if n.is_nan() => MapKey::Number(f64::NAN.to_bits()),
        Value::Number(n) => MapKey::Number((n + 0.0).to_bits()),
        Value::String(s) => MapKey::String(vm.heap.flatten(s).into()),
        Value::Symbol(s) => MapKey::Symbol(s),
        Value::Object(o) => MapKey::Object(o),
        Value::BigInt(b) => MapKey::BigInt(vm.heap.bigint(b).to_signed_bytes_le().into()),
    }
}

impl MapData {
    fn position(&self, key: &MapKey) -> Option<usize> {
        self.index.get(key).copied()
    }

    fn size(&self) -> usize {
        self.index.len()
    }

    /// Sets the value of `key`, appending a new entry when it is not present.
    fn insert(&mut self, key: MapKey, k: Value, v: Value) {
        match self.index.get(&key) {
            Some(&i) => self.entries[i] = Some((k, v)),
            None => {
                self.index.insert(key, self.entries.len());
                self.entries.push(Some((k, v)));
            }
        }
    }

    fn remove(&mut self, key: &MapKey) -> bool {
        let Some(i) = self.index.remove(key) else {
            return false;
        };
        self.entries[i] = None;
        // Without this, a map used as a queue or an LRU cache would grow forever.
        if self.walkers == 0 && self.entries.len() > 16 && self.index.len() * 2 < self.entries.len()
        {
            *self = std::mem::take(self).compact();
        }
        true
    }

    fn clear(&mut self) {
        if self.walkers == 0 {
            self.entries.clear();
        } else {
            // Positions stay so that live iterators see every old entry as deleted.
            self.entries.iter_mut().for_each(|e| *e = None);
        }
        self.index.clear();
    }

    /// Drops the entries whose key `live` says is gone (a weak collection's keys are
    /// objects and symbols, compared by handle).
    pub(crate) fn retain_keys(&mut self, live: impl Fn(Value) -> bool) {
        let before = self.index.len();
        for i in 0..self.entries.len() {
            if let Some((k, _)) = self.entries[i]
                && !live(k)
            {
                let key = match k {
                    Value::Object(o) => MapKey::Object(o),
                    Value::Symbol(s) => MapKey::Symbol(s),
                    _ => continue,
                };
                self.index.remove(&key);
                self.entries[i] = None;
            }
        }
        if self.walkers == 0 && self.index.len() < before {
            *self = std::mem::take(self).compact();
        }
    }

    /// `self` without tombstones.
    fn compact(mut self) -> MapData {
        let mut new_position = Vec::with_capacity(self.entries.len());
        let mut live = 0;
        for e in &self.entries {
            new_position.push(live);
            live += usize::from(e.is_some());
        }
        self.index.values_mut().for_each(|i| *i = new_position[*i]);
        self.entries.retain(Option::is_some);
        self
    }

    /// The live entries, compacted.
    fn live(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().copied().collect()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Map,
    Set,
    WeakMap,
    WeakSet,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Map => "Map",
            Kind::Set => "Set",
            Kind::WeakMap => "WeakMap",
            Kind::WeakSet => "WeakSet",
        }
    }
}

fn data(vm: &Vm, o: ObjRef, kind: Kind) -> Option<&MapData> {
    match (&vm.heap.obj(o).kind, kind) {
        (ObjectKind::Map(m), Kind::Map)
        | (ObjectKind::Set(m), Kind::Set)
        | (ObjectKind::WeakMap(m), Kind::WeakMap)
        | (ObjectKind::WeakSet(m), Kind::WeakSet) => Some(m),
        _ => None,
    }
}

fn data_mut(vm: &mut Vm, o: ObjRef) -> &mut MapData {
    match &mut vm.heap.obj_mut(o).kind {
        ObjectKind::Map(m)
        | ObjectKind::Set(m)
        | ObjectKind::WeakMap(m)
        | ObjectKind::WeakSet(m) => m,
        _ => unreachable!("checked by this_collection"),
    }
}

/// How V8 shows a value in "incompatible receiver" messages (NoSideEffectsToString):
/// `#<Ctor>` for objects with the default `toString` and a named constructor,
/// `[object Tag]` for other objects.
pub(crate) fn receiver_text(vm: &mut Vm, v: Value) -> String {
    let o = match v {
        Value::Object(o) => o,
        Value::String(s) => return vm.heap.to_rust_string(s),
        Value::Symbol(s) => return vm.symbol_descriptive_string(s),
        _ => return vm.to_rust_string(v).unwrap_or_default(),
    };
    let to_string_key = vm.key("toString");
    let object_to_string = vm
        .heap
        .obj(vm.realm.object_prototype)
        .props
        .get(&to_string_key)
        .map(|p| p.slot);
    let to_string = vm.peek_property(o, to_string_key).map(|p| p.slot);
    if to_string.is_some()
        && to_string == object_to_string
        && let Some(name) = vm.constructor_name(o)
        && !name.is_empty()
    {
        return format!("#<{name}>");
    }
    let tag_key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    let tag = match vm.peek_property(o, tag_key).map(|p| p.slot) {
        Some(Slot::Data(Value::String(s))) => vm.heap.to_rust_string(s),
        _ => {
            let obj = vm.heap.obj(o);
            if obj.is_array() {
                "Array".into()
            } else if obj.is_callable() {
                "Function".into()
            } else {
                "Object".into()
            }
        }
    };
    format!("[object {tag}]")
}

fn not_callable(vm: &mut Vm, v: Value) -> crate::vm::JsError {
    let shown = vm.default_call_site(v);
    vm.type_error(format!("{shown} is not a function"))
}

/// RequireInternalSlot(this, [[MapData]] / [[SetData]] / ...); `method` is the
/// property name, prefixed with `get ` for a getter.
fn this_collection(vm: &mut Vm, this: Value, kind: Kind, method: &str) -> JsResult<ObjRef> {
    if let Value::Object(o) = this
        && data(vm, o, kind).is_some()
    {
        return Ok(o);
    }
    let shown = receiver_text(vm, this);
    let name = kind.name();
    let full = match method.strip_prefix("get ") {
        Some(m) => format!("get {name}.prototype.{m}"),
        None => format!("{name}.prototype.{method}"),
    };
    Err(vm.type_error(format!(
        "Method {full} called on incompatible receiver {shown}"
    )))
}

fn install_species(vm: &mut Vm, ctor: ObjRef) {
    let species = vm.native_function("get [Symbol.species]", 0, |_, this, _| Ok(this));
    let key = PropertyKey::Symbol(vm.realm.symbol_species);
    vm.define_accessor(ctor, key, Some(species), None, CONFIGURABLE);
}

fn new_proto(vm: &mut Vm) -> ObjRef {
    let object_prototype = vm.realm.object_prototype;
    vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary)
}

fn iterator_proto(vm: &mut Vm, name: &str, next: crate::runtime::object::NativeFn) -> ObjRef {
    let iterator_prototype = vm.realm.iterator_prototype;
    let proto = vm.alloc_object(Some(iterator_prototype), ObjectKind::Ordinary);
    method(vm, proto, "next", 0, next);
    tag(vm, proto, name);
    proto
}

fn install_map(vm: &mut Vm) {
    let proto = new_proto(vm);
    vm.realm.map_prototype = proto;
    let ctor = constructor(
        vm,
        "Map",
        0,
        |vm, _, _| Err(vm.type_error("Constructor Map requires 'new'")),
        Some(|vm, nt, args| construct(vm, nt, args, Kind::Map)),
        proto,
    );
    method(vm, ctor, "groupBy", 2, group_by);
    install_species(vm, ctor);

    method(vm, proto, "get", 1, map_get);
    method(vm, proto, "set", 2, map_set);
    method(vm, proto, "has", 1, |vm, this, args| {
        has(vm, this, args, Kind::Map)
    });
    method(vm, proto, "delete", 1, |vm, this, args| {
        delete(vm, this, args, Kind::Map)
    });
    method(vm, proto, "clear", 0, |vm, this, _| {
        clear(vm, this, Kind::Map)
    });
    let entries = method(vm, proto, "entries", 0, |vm, this, _| {
        make_iterator(vm, this, Kind::Map, IterKind::Entries, "entries")
    });
    method(vm, proto, "forEach", 1, |vm, this, args| {
        for_each(vm, this, args, Kind::Map)
    });
    method(vm, proto, "keys", 0, |vm, this, _| {
        make_iterator(vm, this, Kind::Map, IterKind::Keys, "keys")
    });
    getter(vm, proto, "size", |vm, this, _| size(vm, this, Kind::Map));
    method(vm, proto, "values", 0, |vm, this, _| {
        make_iterator(vm, this, Kind::Map, IterKind::Values, "values")
    });
    let key = PropertyKey::Symbol(vm.realm.symbol_iterator);
    vm.define_value(proto, key, Value::Object(entries), METHOD_ATTRS);
    tag(vm, proto, "Map");

    let iter_proto = iterator_proto(vm, "Map Iterator", |vm, this, _| {
        iterator_next(vm, this, false)
    });
    vm.realm.map_iterator_prototype = iter_proto;
}

fn install_set(vm: &mut Vm) {
    let proto = new_proto(vm);
    vm.realm.set_prototype = proto;
    let ctor = constructor(
        vm,
        "Set",
        0,
        |vm, _, _| Err(vm.type_error("Constructor Set requires 'new'")),
        Some(|vm, nt, args| construct(vm, nt, args, Kind::Set)),
        proto,
    );
    install_species(vm, ctor);

    method(vm, proto, "has", 1, |vm, this, args| {
        has(vm, this, args, Kind::Set)
    });
    method(vm, proto, "add", 1, set_add);
    method(vm, proto, "delete", 1, |vm, this, args| {
        delete(vm, this, args, Kind::Set)
    });
    method(vm, proto, "difference", 1, difference);
    method(vm, proto, "clear", 0, |vm, this, _| {
        clear(vm, this, Kind::Set)
    });
    method(vm, proto, "entries", 0, |vm, this, _| {
        make_iterator(vm, this, Kind::Set, IterKind::Entries, "entries")
    });
    method(vm, proto, "forEach", 1, |vm, this, args| {
        for_each(vm, this, args, Kind::Set)
    });
    method(vm, proto, "intersection", 1, intersection);
    method(vm, proto, "isSubsetOf", 1, is_subset_of);
    method(vm, proto, "isSupersetOf", 1, is_superset_of);
    method(vm, proto, "isDisjointFrom", 1, is_disjoint_from);
    getter(vm, proto, "size", |vm, this, _| size(vm, this, Kind::Set));
    method(vm, proto, "symmetricDifference", 1, symmetric_difference);
    method(vm, proto, "union", 1, union);
    let values = method(vm, proto, "values", 0, |vm, this, _| {
        make_iterator(vm, this, Kind::Set, IterKind::Values, "values")
    });
    vm.define_named(proto, "keys", Value::Object(values), METHOD_ATTRS);
    let key = PropertyKey::Symbol(vm.realm.symbol_iterator);
    vm.define_value(proto, key, Value::Object(values), METHOD_ATTRS);
    tag(vm, proto, "Set");

    let iter_proto = iterator_proto(vm, "Set Iterator", |vm, this, _| {
        iterator_next(vm, this, true)
    });
    vm.realm.set_iterator_prototype = iter_proto;
}

fn install_weak(vm: &mut Vm) {
    let proto = new_proto(vm);
    vm.realm.weak_map_prototype = proto;
    constructor(
        vm,
        "WeakMap",
        0,
        |vm, _, _| Err(vm.type_error("Constructor WeakMap requires 'new'")),
        Some(|vm, nt, args| construct(vm, nt, args, Kind::WeakMap)),
        proto,
    );
    method(vm, proto, "delete", 1, |vm, this, args| {
        delete(vm, this, args, Kind::WeakMap)
    });
    method(vm, proto, "get", 1, weak_map_get);
    method(vm, proto, "set", 2, weak_map_set);
    method(vm, proto, "has", 1, |vm, this, args| {
        has(vm, this, args, Kind::WeakMap)
    });
    tag(vm, proto, "WeakMap");

    let proto = new_proto(vm);
    vm.realm.weak_set_prototype = proto;
    constructor(
        vm,
        "WeakSet",
        0,
        |vm, _, _| Err(vm.type_error("Constructor WeakSet requires 'new'")),
        Some(|vm, nt, args| construct(vm, nt, args, Kind::WeakSet)),
        proto,
    );
    method(vm, proto, "delete", 1, |vm, this, args| {
        delete(vm, this, args, Kind::WeakSet)
    });
    method(vm, proto, "has", 1, |vm, this, args| {
        has(vm, this, args, Kind::WeakSet)
    });
    method(vm, proto, "add", 1, weak_set_add);
    tag(vm, proto, "WeakSet");
}

/// A new empty collection of `kind` with prototype `proto`.
fn alloc(vm: &mut Vm, proto: ObjRef, kind: Kind, data: MapData) -> ObjRef {
    let k = match kind {
        Kind::Map => ObjectKind::Map(Box::new(data)),
        Kind::Set => ObjectKind::Set(Box::new(data)),
        Kind::WeakMap => ObjectKind::WeakMap(Box::new(data)),
        Kind::WeakSet => ObjectKind::WeakSet(Box::new(data)),
    };
    vm.alloc_object(Some(proto), k)
}

/// `new Map(iterable)` and the other three constructors.
fn construct(vm: &mut Vm, new_target: Value, args: &[Value], kind: Kind) -> JsResult<Value> {
    // 2. OrdinaryCreateFromConstructor(NewTarget, "%Map.prototype%", « [[MapData]] »)
    let proto = vm.prototype_from_constructor(
        new_target,
        match kind {
            Kind::Map => |r| r.map_prototype,
            Kind::Set => |r| r.set_prototype,
            Kind::WeakMap => |r| r.weak_map_prototype,
            Kind::WeakSet => |r| r.weak_set_prototype,
        },
    )?;
    let target = alloc(vm, proto, kind, MapData::default());
    // 3. If iterable is either undefined or null, return map.
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(Value::Object(target));
    }
    // 4. Let adder be ? Get(map, "set") (or "add"), looked up once.
    let is_map = matches!(kind, Kind::Map | Kind::WeakMap);
    let adder_name = if is_map { "set" } else { "add" };
    let adder = vm.get_named(Value::Object(target), adder_name)?;
    if !vm.is_callable(adder) {
        let shown = receiver_text(vm, adder);
        let object = receiver_text(vm, Value::Object(target));
        return Err(vm.type_error(format!(
            "'{shown}' returned for property '{adder_name}' of object '{object}' is not a function"
        )));
    }
    // AddEntriesFromIterable / the Set constructor's loop.
    let (iter, next) = vm.get_iterator(iterable)?;
    while let Some(item) = vm.iterator_step(iter, next)? {
        let result = if is_map {
            add_entry(vm, target, adder, item)
        } else {
            vm.call(adder, Value::Object(target), &[item]).map(|_| ())
        };
        if let Err(e) = result {
            // IfAbruptCloseIterator: the original error wins over one from `return`.
            let _ = vm.iterator_close(iter);
            return Err(e);
        }
    }
    Ok(Value::Object(target))
}

/// One step of AddEntriesFromIterable: `adder.call(target, item[0], item[1])`.
fn add_entry(vm: &mut Vm, target: ObjRef, adder: Value, item: Value) -> JsResult<()> {
    if !matches!(item, Value::Object(_)) {
        let shown = receiver_text(vm, item);
        return Err(vm.type_error(format!("Iterator value {shown} is not an entry object")));
    }
    let k = vm.get(item, PropertyKey::Index(0))?;
    let v = vm.get(item, PropertyKey::Index(1))?;
    vm.call(adder, Value::Object(target), &[k, v])?;
    Ok(())
}

fn map_get(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let m = this_collection(vm, this, Kind::Map, "get")?;
    Ok(lookup(vm, m, arg(args, 0)))
}

fn lookup(vm: &mut Vm, m: ObjRef, key: Value) -> Value {
    let k = map_key(vm, key);
    let d = data_mut(vm, m);
    match d.position(&k) {
        Some(i) => d.entries[i].map_or(Value::Undefined, |e| e.1),
        None => Value::Undefined,
    }
}

fn map_set(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let m = this_collection(vm, this, Kind::Map, "set")?;
    let key = canonical(arg(args, 0));
    let k = map_key(vm, key);
    data_mut(vm, m).insert(k, key, arg(args, 1));
    Ok(this)
}

fn set_add(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_collection(vm, this, Kind::Set, "add")?;
    let value = canonical(arg(args, 0));
    let k = map_key(vm, value);
    let d = data_mut(vm, s);
    if d.position(&k).is_none() {
        d.insert(k, value, Value::Undefined);
    }
    Ok(this)
}

/// CanBeHeldWeakly: objects and symbols not in the global registry.
pub(crate) fn can_be_held_weakly(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Object(_) => true,
        Value::Symbol(s) => !vm.heap.symbol(s).registered,
        _ => false,
    }
}

fn weak_map_get(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let m = this_collection(vm, this, Kind::WeakMap, "get")?;
    let key = arg(args, 0);
    if !can_be_held_weakly(vm, key) {
        return Ok(Value::Undefined);
    }
    Ok(lookup(vm, m, key))
}

fn weak_map_set(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let m = this_collection(vm, this, Kind::WeakMap, "set")?;
    let key = arg(args, 0);
    if !can_be_held_weakly(vm, key) {
        return Err(vm.type_error("Invalid value used as weak map key"));
    }
    let k = map_key(vm, key);
    data_mut(vm, m).insert(k, key, arg(args, 1));
    Ok(this)
}

fn weak_set_add(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_collection(vm, this, Kind::WeakSet, "add")?;
    let value = arg(args, 0);
    if !can_be_held_weakly(vm, value) {
        return Err(vm.type_error("Invalid value used in weak set"));
    }
    let k = map_key(vm, value);
    let d = data_mut(vm, s);
    if d.position(&k).is_none() {
        d.insert(k, value, Value::Undefined);
    }
    Ok(this)
}

fn has(vm: &mut Vm, this: Value, args: &[Value], kind: Kind) -> JsResult<Value> {
    let o = this_collection(vm, this, kind, "has")?;
    let key = arg(args, 0);
    if matches!(kind, Kind::WeakMap | Kind::WeakSet) && !can_be_held_weakly(vm, key) {
        return Ok(Value::Bool(false));
    }
    let k = map_key(vm, key);
    Ok(Value::Bool(data_mut(vm, o).position(&k).is_some()))
}

fn delete(vm: &mut Vm, this: Value, args: &[Value], kind: Kind) -> JsResult<Value> {
    let o = this_collection(vm, this, kind, "delete")?;
    let key = arg(args, 0);
    if matches!(kind, Kind::WeakMap | Kind::WeakSet) && !can_be_held_weakly(vm, key) {
        return Ok(Value::Bool(false));
    }
    let k = map_key(vm, key);
    Ok(Value::Bool(data_mut(vm, o).remove(&k)))
}

fn clear(vm: &mut Vm, this: Value, kind: Kind) -> JsResult<Value> {
    let o = this_collection(vm, this, kind, "clear")?;
    data_mut(vm, o).clear();
    Ok(Value::Undefined)
}

fn size(vm: &mut Vm, this: Value, kind: Kind) -> JsResult<Value> {
    let o = this_collection(vm, this, kind, "get size")?;
    Ok(Value::Number(data_mut(vm, o).size() as f64))
}

/// The entry at `index`, or `None` past the end; `Some(None)` for a deleted entry.
fn entry_at(vm: &Vm, o: ObjRef, index: usize) -> Option<Option<(Value, Value)>> {
    match &vm.heap.obj(o).kind {
        ObjectKind::Map(m)
        | ObjectKind::Set(m)
        | ObjectKind::WeakMap(m)
        | ObjectKind::WeakSet(m) => m.entries.get(index).copied(),
        _ => None,
    }
}

fn for_each(vm: &mut Vm, this: Value, args: &[Value], kind: Kind) -> JsResult<Value> {
    let o = this_collection(vm, this, kind, "forEach")?;
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(not_callable(vm, callback));
    }
    let this_arg = arg(args, 1);
    walk(vm, o, |vm, k, v| {
        let value = if kind == Kind::Set { k } else { v };
        vm.call(callback, this_arg, &[value, k, this])?;
        Ok(false)
    })?;
    Ok(Value::Undefined)
}

/// Calls `f` with each entry of `o` by position until it returns true (the result).
/// The length is read again after each call, so entries added meanwhile are visited
/// and deleted ones skipped; the walk keeps positions stable while it runs.
fn walk(
    vm: &mut Vm,
    o: ObjRef,
    mut f: impl FnMut(&mut Vm, Value, Value) -> JsResult<bool>,
) -> JsResult<bool> {
    data_mut(vm, o).walkers += 1;
    let mut index = 0;
    let mut result = Ok(false);
    while let Some(e) = entry_at(vm, o, index) {
        index += 1;
        if let Some((k, v)) = e {
            result = f(vm, k, v);
            if !matches!(result, Ok(false)) {
                break;
            }
        }
    }
    data_mut(vm, o).walkers -= 1;
    result
}

/// CreateMapIterator / CreateSetIterator
fn make_iterator(
    vm: &mut Vm,
    this: Value,
    kind: Kind,
    iter_kind: IterKind,
    name: &str,
) -> JsResult<Value> {
    let o = this_collection(vm, this, kind, name)?;
    let data = CollectionIterData {
        target: Some(o),
        next: 0,
        kind: iter_kind,
    };
    // The iterator holds a position until it is exhausted.
    data_mut(vm, o).walkers += 1;
    let it = if kind == Kind::Set {
        let proto = vm.realm.set_iterator_prototype;
        vm.alloc_object(Some(proto), ObjectKind::SetIterator(data))
    } else {
        let proto = vm.realm.map_iterator_prototype;
        vm.alloc_object(Some(proto), ObjectKind::MapIterator(data))
    };
    Ok(Value::Object(it))
}

/// %MapIteratorPrototype%.next / %SetIteratorPrototype%.next
fn iterator_next(vm: &mut Vm, this: Value, set: bool) -> JsResult<Value> {
    let state = match this {
        Value::Object(o) => match &vm.heap.obj(o).kind {
            ObjectKind::MapIterator(d) if !set => Some((o, d.target, d.next, d.kind)),
            ObjectKind::SetIterator(d) if set => Some((o, d.target, d.next, d.kind)),
            _ => None,
        },
        _ => None,
    };
    let Some((it, target, mut index, kind)) = state else {
        let shown = receiver_text(vm, this);
        let name = if set { "Set Iterator" } else { "Map Iterator" };
        return Err(vm.type_error(format!(
            "Method {name}.prototype.next called on incompatible receiver {shown}"
        )));
    };
    let Some(target) = target else {
        return Ok(iter_result(vm, Value::Undefined, true));
    };
    let mut found = None;
    while let Some(e) = entry_at(vm, target, index) {
        index += 1;
        if e.is_some() {
            found = e;
            break;
        }
    }
    if let ObjectKind::MapIterator(d) | ObjectKind::SetIterator(d) = &mut vm.heap.obj_mut(it).kind {
        d.next = index;
        if found.is_none() {
            d.target = None;
        }
    }
    if found.is_none() {
        data_mut(vm, target).walkers -= 1;
    }
    let Some((k, v)) = found else {
        return Ok(iter_result(vm, Value::Undefined, true));
    };
    let value = match kind {
        IterKind::Keys => k,
        IterKind::Values if set => k,
        IterKind::Values => v,
        IterKind::Entries => {
            let second = if set { k } else { v };
            Value::Object(vm.new_array(vec![k, second]))
        }
    };
    Ok(iter_result(vm, value, false))
}

/// `Map.groupBy(items, callback)`
fn group_by(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let items = arg(args, 0);
    let callback = arg(args, 1);
    // GroupBy 1. RequireObjectCoercible(items).
    if items.is_nullish() {
        return Err(vm.type_error("Map.groupBy called on null or undefined"));
    }
    // 2. If IsCallable(callback) is false, throw a TypeError.
    if !vm.is_callable(callback) {
        return Err(not_callable(vm, callback));
    }
    let mut groups = MapData::default();
    let mut lists: Vec<Vec<Value>> = Vec::new();
    let (iter, next) = vm.get_iterator(items)?;
    let mut k = 0u64;
    while let Some(value) = vm.iterator_step(iter, next)? {
        let key = match vm.call(
            callback,
            Value::Undefined,
            &[value, Value::Number(k as f64)],
        ) {
            Ok(key) => canonical(key),
            Err(e) => {
                let _ = vm.iterator_close(iter);
                return Err(e);
            }
        };
        let mk = map_key(vm, key);
        match groups.position(&mk) {
            Some(i) => lists[i].push(value),
            None => {
                groups.insert(mk, key, Value::Undefined);
                lists.push(vec![value]);
            }
        }
        k += 1;
    }
    let mut entries = Vec::with_capacity(lists.len());
    for (entry, list) in groups.entries.iter().zip(lists) {
        let (key, _) = entry.expect("groups has no deletions");
        let array = vm.new_array(list);
        entries.push(Some((key, Value::Object(array))));
    }
    groups.entries = entries;
    let proto = vm.realm.map_prototype;
    Ok(Value::Object(alloc(vm, proto, Kind::Map, groups)))
}

/// A Set Record: what the set methods use of their argument.
struct SetRecord {
    set: Value,
    size: f64,
    has: Value,
    keys: Value,
}

/// GetSetRecord(obj)
fn get_set_record(vm: &mut Vm, obj: Value, method: &str) -> JsResult<SetRecord> {
    // 1. If obj is not an Object, throw a TypeError exception.
    if !matches!(obj, Value::Object(_)) {
        return Err(vm.type_error(format!("Set.prototype.{method} argument must be an object")));
    }
    // 2-4. rawSize = ? Get(obj, "size"); numSize = ? ToNumber(rawSize); NaN throws.
    let raw_size = vm.get_named(obj, "size")?;
    let num_size = vm.to_number(raw_size)?;
    if num_size.is_nan() {
        return Err(vm.type_error("The .size property is NaN"));
    }
    // 5-6. intSize = ToIntegerOrInfinity(numSize); negative throws a RangeError.
    let int_size = num_size.trunc() + 0.0;
    if int_size < 0.0 {
        let shown = crate::runtime::number::number_to_string(int_size);
        return Err(vm.range_error(format!("'{shown}' is an invalid size")));
    }
    // 7-8. has = ? Get(obj, "has"), callable.
    let has = vm.get_named(obj, "has")?;
    if !vm.is_callable(has) {
        return Err(vm.type_error("string \"has\" is not a function"));
    }
    // 9-10. keys = ? Get(obj, "keys"), callable.
    let keys = vm.get_named(obj, "keys")?;
    if !vm.is_callable(keys) {
        return Err(vm.type_error("string \"keys\" is not a function"));
    }
    Ok(SetRecord {
        set: obj,
        size: int_size,
        has,
        keys,
    })
}

/// GetIteratorFromMethod(record.[[SetObject]], record.[[Keys]])
fn keys_iterator(vm: &mut Vm, rec: &SetRecord) -> JsResult<(Value, Value)> {
    let iter = vm.call(rec.keys, rec.set, &[])?;
    if !matches!(iter, Value::Object(_)) {
        return Err(vm.type_error("Result of the keys method is not an object"));
    }
    let next = vm.get_named(iter, "next")?;
    if !vm.is_callable(next) {
        return Err(vm.type_error("string \"next\" is not a function"));
    }
    Ok((iter, next))
}

fn call_has(vm: &mut Vm, rec: &SetRecord, e: Value) -> JsResult<bool> {
    let r = vm.call(rec.has, rec.set, &[e])?;
    Ok(vm.to_boolean(r))
}

fn this_set_data(vm: &mut Vm, this: Value, name: &str) -> JsResult<ObjRef> {
    this_collection(vm, this, Kind::Set, name)
}

fn contains(vm: &mut Vm, o: ObjRef, v: Value) -> bool {
    let k = map_key(vm, v);
    data_mut(vm, o).position(&k).is_some()
}

fn copy(vm: &mut Vm, o: ObjRef) -> MapData {
    let mut d = MapData::default();
    for (k, v) in data_mut(vm, o).live() {
        let mk = map_key(vm, k);
        d.insert(mk, k, v);
    }
    d
}

fn new_set(vm: &mut Vm, d: MapData) -> Value {
    let proto = vm.realm.set_prototype;
    Value::Object(alloc(vm, proto, Kind::Set, d))
}

fn add_value(vm: &mut Vm, d: &mut MapData, v: Value) {
    let k = map_key(vm, v);
    if d.position(&k).is_none() {
        d.insert(k, v, Value::Undefined);
    }
}

/// `Set.prototype.union(other)`
fn union(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_set_data(vm, this, "union")?;
    // 3. otherRec = ? GetSetRecord(other). 4. keysIter = ? GetIteratorFromMethod(...).
    let rec = get_set_record(vm, arg(args, 0), "union")?;
    let (iter, next) = keys_iterator(vm, &rec)?;
    // 5. resultSetData = copy of O.[[SetData]].
    let mut result = copy(vm, o);
    while let Some(v) = vm.iterator_step(iter, next)? {
        add_value(vm, &mut result, canonical(v));
    }
    Ok(new_set(vm, result))
}

/// `Set.prototype.intersection(other)`
fn intersection(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_set_data(vm, this, "intersection")?;
    let rec = get_set_record(vm, arg(args, 0), "intersection")?;
    // SetDataSize(O.[[SetData]]) after GetSetRecord, which may run user code.
    let size = data_mut(vm, o).size();
    let mut result = MapData::default();
    if size as f64 <= rec.size {
        // 5. Walk this set by position; `has` may add entries, which are visited.
        walk(vm, o, |vm, e, _| {
            if call_has(vm, &rec, e)? {
                add_value(vm, &mut result, e);
            }
            Ok(false)
        })?;
    } else {
        // 6. Walk the other set's keys.
        let (iter, next) = keys_iterator(vm, &rec)?;
        while let Some(v) = vm.iterator_step(iter, next)? {
            let v = canonical(v);
            if contains(vm, o, v) {
                add_value(vm, &mut result, v);
            }
        }
    }
    Ok(new_set(vm, result))
}

/// `Set.prototype.difference(other)`
fn difference(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_set_data(vm, this, "difference")?;
    let rec = get_set_record(vm, arg(args, 0), "difference")?;
    // SetDataSize(O.[[SetData]]) after GetSetRecord, which may run user code.
    let size = data_mut(vm, o).size();
    // 4. resultSetData = copy of O.[[SetData]].
    let mut result = copy(vm, o);
    if size as f64 <= rec.size {
        for index in 0..result.entries.len() {
            if let Some((e, _)) = result.entries[index]
                && call_has(vm, &rec, e)?
            {
                let k = map_key(vm, e);
                result.remove(&k);
            }
        }
    } else {
        let (iter, next) = keys_iterator(vm, &rec)?;
        while let Some(v) = vm.iterator_step(iter, next)? {
            let k = map_key(vm, canonical(v));
            result.remove(&k);
        }
    }
    Ok(new_set(vm, result.compact()))
}

/// `Set.prototype.symmetricDifference(other)`
fn symmetric_difference(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_set_data(vm, this, "symmetricDifference")?;
    let rec = get_set_record(vm, arg(args, 0), "symmetricDifference")?;
    let (iter, next) = keys_iterator(vm, &rec)?;
    let mut result = copy(vm, o);
    while let Some(v) = vm.iterator_step(iter, next)? {
        let v = canonical(v);
        let k = map_key(vm, v);
        let already_in_result = result.position(&k).is_some();
        if contains(vm, o, v) {
            if already_in_result {
                result.remove(&k);
            }
        } else if !already_in_result {
            result.insert(k, v, Value::Undefined);
        }
    }
    Ok(new_set(vm, result.compact()))
}

/// `Set.prototype.isSubsetOf(other)`
fn is_subset_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_set_data(vm, this, "isSubsetOf")?;
    let rec = get_set_record(vm, arg(args, 0), "isSubsetOf")?;
    // SetDataSize(O.[[SetData]]) after GetSetRecord, which may run user code.
    let size = data_mut(vm, o).size();
    if size as f64 > rec.size {
        return Ok(Value::Bool(false));
    }
    let found_missing = walk(vm, o, |vm, e, _| Ok(!call_has(vm, &rec, e)?))?;
    Ok(Value::Bool(!found_missing))
}

/// `Set.prototype.isSupersetOf(other)`
fn is_superset_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_set_data(vm, this, "isSupersetOf")?;
    let rec = get_set_record(vm, arg(args, 0), "isSupersetOf")?;
    // SetDataSize(O.[[SetData]]) after GetSetRecord, which may run user code.
    let size = data_mut(vm, o).size();
    if (size as f64) < rec.size {
        return Ok(Value::Bool(false));
    }
    let (iter, next) = keys_iterator(vm, &rec)?;
    while let Some(v) = vm.iterator_step(iter, next)? {
        if !contains(vm, o, v) {
            vm.iterator_close(iter)?;
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `Set.prototype.isDisjointFrom(other)`
fn is_disjoint_from(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_set_data(vm, this, "isDisjointFrom")?;
    let rec = get_set_record(vm, arg(args, 0), "isDisjointFrom")?;
    // SetDataSize(O.[[SetData]]) after GetSetRecord, which may run user code.
    let size = data_mut(vm, o).size();
    if size as f64 <= rec.size {
        if walk(vm, o, |vm, e, _| call_has(vm, &rec, e))? {
            return Ok(Value::Bool(false));
        }
    } else {
        let (iter, next) = keys_iterator(vm, &rec)?;
        while let Some(v) = vm.iterator_step(iter, next)? {
            if contains(vm, o, v) {
                vm.iterator_close(iter)?;
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(true))
}
