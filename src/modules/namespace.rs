//! Module namespace exotic objects (ECMA-262 10.4.6): `import * as ns`. A namespace
//! has a null prototype, is not extensible, and has one property per export name
//! (sorted), whose value is read from the exporting module's binding at each access
//! (a binding still in its TDZ throws); its only other property is
//! `[Symbol.toStringTag]: "Module"`.

use crate::runtime::object::{ENUMERABLE, Property, PropertyKey, Slot, WRITABLE};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{Descriptor, InternalMethods, ORDINARY};
use crate::vm::{JsResult, Vm};
use std::rc::Rc;

/// The internal methods of namespace objects.
pub const NAMESPACE: InternalMethods = InternalMethods {
    // 10.4.6.1-2: the prototype is null for good.
    set_prototype_of: |vm, o, proto| Ok(vm.heap.obj(o).proto == proto),
    is_extensible: |_, _| Ok(false),
    prevent_extensions: |_, _| Ok(true),
    get_own_property,
    define_own_property,
    has_property: Some(has_property),
    get: Some(get),
    set: Some(|_, _, _, _, _| Ok(false)),
    delete,
    own_property_keys,
    ..ORDINARY
};

/// A namespace object with the export names and slots of `exports`.
pub fn create(vm: &mut Vm, exports: Vec<(PropertyKey, u32)>) -> ObjRef {
    let ns = vm.alloc_object(None, ObjectKind::ModuleNamespace(exports.into()));
    let tag = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    let module = Value::String(vm.heap.alloc_str("Module"));
    // Stored directly: [[DefineOwnProperty]] refuses new properties (not extensible).
    let obj = vm.heap.obj_mut(ns);
    obj.props.insert(tag, Property::data(module, 0));
    obj.extensible = false;
    ns
}

/// Sets the exports of a namespace made before its names were known (a cycle of
/// `export * as` may need the object first).
pub fn set_exports(vm: &mut Vm, ns: ObjRef, exports: Vec<(PropertyKey, u32)>) {
    if let ObjectKind::ModuleNamespace(e) = &mut vm.heap.obj_mut(ns).kind {
        *e = exports.into();
    }
}

/// The export names and slots of namespace `o`.
pub fn exports(vm: &Vm, o: ObjRef) -> Rc<[(PropertyKey, u32)]> {
    match &vm.heap.obj(o).kind {
        ObjectKind::ModuleNamespace(e) => e.clone(),
        _ => Rc::from(Vec::new()),
    }
}

/// The slot of export `key`, if `o` has that export.
fn slot_of(vm: &Vm, o: ObjRef, key: PropertyKey) -> Option<u32> {
    exports(vm, o)
        .iter()
        .find(|(k, _)| *k == key)
        .map(|&(_, slot)| slot)
}

/// The value of a data property.
fn data_value(p: Property) -> Option<Value> {
    match p.slot {
        Slot::Data(v) => Some(v),
        Slot::Accessor { .. } => None,
    }
}

/// The value of the binding behind an export: a ReferenceError while it is in its TDZ.
fn binding_value(vm: &mut Vm, key: PropertyKey, slot: u32) -> JsResult<Value> {
    match super::esm::read_slot(vm, slot) {
        Value::Empty => {
            let name = vm.key_to_value(key);
            let name = vm.to_rust_string(name)?;
            Err(vm.reference_error(format!("Cannot access '{name}' before initialization")))
        }
        v => Ok(v),
    }
}

/// [[GetOwnProperty]] (10.4.6.5): a writable, enumerable, non-configurable data
/// property per export.
fn get_own_property(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<Option<Property>> {
    if let PropertyKey::Symbol(_) = key {
        return Ok(vm.heap.obj(o).own(key));
    }
    match slot_of(vm, o, key) {
        Some(slot) => {
            let value = binding_value(vm, key, slot)?;
            Ok(Some(Property::data(value, WRITABLE | ENUMERABLE)))
        }
        None => Ok(None),
    }
}

/// [[DefineOwnProperty]] (10.4.6.6): only a definition that changes nothing succeeds.
fn define_own_property(vm: &mut Vm, o: ObjRef, key: PropertyKey, d: Descriptor) -> JsResult<bool> {
    if let PropertyKey::Symbol(_) = key {
        return crate::vm::ordinary_define_own_property(vm, o, key, d);
    }
    let Some(current) = get_own_property(vm, o, key)? else {
        return Ok(false);
    };
    if d.configurable == Some(true)
        || d.enumerable == Some(false)
        || d.get.is_some()
        || d.set.is_some()
        || d.writable == Some(false)
    {
        return Ok(false);
    }
    Ok(match (d.value, data_value(current)) {
        (Some(v), Some(now)) => vm.same_value(v, now),
        _ => true,
    })
}

/// [[HasProperty]] (10.4.6.7)
fn has_property(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
    if let PropertyKey::Symbol(_) = key {
        return Ok(vm.heap.obj(o).own(key).is_some());
    }
    Ok(slot_of(vm, o, key).is_some())
}

/// [[Get]] (10.4.6.8)
fn get(vm: &mut Vm, o: ObjRef, key: PropertyKey, _receiver: Value) -> JsResult<Value> {
    if let PropertyKey::Symbol(_) = key {
        return Ok(vm
            .heap
            .obj(o)
            .own(key)
            .and_then(data_value)
            .unwrap_or(Value::Undefined));
    }
    match slot_of(vm, o, key) {
        Some(slot) => binding_value(vm, key, slot),
        None => Ok(Value::Undefined),
    }
}

/// [[Delete]] (10.4.6.10): exports cannot be deleted.
fn delete(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
    if let PropertyKey::Symbol(_) = key {
        return crate::vm::ordinary_delete(vm, o, key);
    }
    Ok(slot_of(vm, o, key).is_none())
}

/// [[OwnPropertyKeys]] (10.4.6.11): the export names, then the symbols.
fn own_property_keys(vm: &mut Vm, o: ObjRef) -> JsResult<Vec<PropertyKey>> {
    let mut keys: Vec<PropertyKey> = exports(vm, o).iter().map(|&(k, _)| k).collect();
    keys.extend(vm.heap.obj(o).own_keys());
    Ok(keys)
}
