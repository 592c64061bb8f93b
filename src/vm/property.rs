//! Property access: the essential internal methods of objects (ECMA-262 6.1.7.2:
//! [[GetPrototypeOf]], [[SetPrototypeOf]], [[IsExtensible]], [[PreventExtensions]],
//! [[GetOwnProperty]], [[DefineOwnProperty]], [[HasProperty]], [[Get]], [[Set]],
//! [[Delete]], [[OwnPropertyKeys]]) for ordinary objects and every exotic kind, plus
//! object and array creation.
//!
//! # How the internal methods dispatch
//!
//! Each kind of object answers the internal methods through an [`InternalMethods`]
//! table that [`internal_methods`] picks from its [`ObjectKind`]. [`ORDINARY`] holds the
//! ordinary algorithms (10.1); an exotic kind's table replaces the methods its section
//! of the spec redefines and takes the rest from `ORDINARY` (`..ORDINARY`): arrays
//! (10.4.2), string wrappers (10.4.3), mapped `arguments` objects (10.4.4) and proxies
//! (10.5, in `builtins/proxy.rs`). Bound functions (10.4.1) differ only in [[Call]] and
//! [[Construct]], which `Vm::call` and `Vm::construct` dispatch by kind, as they do for
//! callable proxies.
//!
//! The interpreter and the built-ins call only the `Vm` methods named after the
//! internal methods (`get_prototype_of`, `get_own_property`, `get_from`, `set_on`,
//! ...). They return `JsResult` and are re-entrant: a proxy trap runs JavaScript, which
//! may throw or change any object, so no borrow of the heap is held across them.
//! Ordinary objects (and functions, whose internal methods are the ordinary ones) never
//! consult a table: each method tests for them first and reads the property map, as
//! the lookups do for array elements (`stored_own`); the prototype walks of [[Get]],
//! [[Set]] and [[HasProperty]] are loops that hand over to a table only at an object
//! whose method is not ordinary.
//!
//! To add a kind (typed arrays, module namespace objects): add its `ObjectKind`
//! variant, write the methods it redefines, declare its table with `..ORDINARY` and
//! add one arm to `internal_methods`. The interpreter loop does not change.
//!
//! Code that must not run JavaScript (console formatting, stack traces, messages)
//! reads through the `peek_*` methods, which see a proxy as an object with no
//! properties.

use super::{JsResult, Vm};
use crate::compiler::bytecode::TemplateKind;
use crate::runtime::object::*;
use crate::runtime::{ObjRef, ObjectKind, Value};

/// A property descriptor as `Object.defineProperty` takes it: absent fields are `None`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Descriptor {
    pub value: Option<Value>,
    pub get: Option<Option<ObjRef>>,
    pub set: Option<Option<ObjRef>>,
    pub writable: Option<bool>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Descriptor {
    pub fn data(value: Value, attrs: u8) -> Descriptor {
        Descriptor {
            value: Some(value),
            writable: Some(attrs & WRITABLE != 0),
            enumerable: Some(attrs & ENUMERABLE != 0),
            configurable: Some(attrs & CONFIGURABLE != 0),
            ..Descriptor::default()
        }
    }

    /// IsAccessorDescriptor
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }

    /// IsDataDescriptor
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }

    /// The complete descriptor of an existing property.
    pub fn from_property(p: Property) -> Descriptor {
        let mut d = Descriptor {
            enumerable: Some(p.enumerable()),
            configurable: Some(p.configurable()),
            ..Descriptor::default()
        };
        match p.slot {
            Slot::Data(v) => {
                d.value = Some(v);
                d.writable = Some(p.writable());
            }
            Slot::Accessor { get, set } => {
                d.get = Some(get);
                d.set = Some(set);
            }
        }
        d
    }

    /// What freezing `p` defines: non-configurable, and read-only for a data property
    /// (SetIntegrityLevel's "frozen" step).
    pub fn freezing(p: Property) -> Descriptor {
        Descriptor {
            configurable: Some(false),
            writable: matches!(p.slot, Slot::Data(_)).then_some(false),
            ..Descriptor::default()
        }
    }

    /// CompletePropertyDescriptor, as a property: absent fields take their defaults.
    pub fn to_property(self) -> Property {
        let mut attrs = 0;
        if self.enumerable == Some(true) {
            attrs |= ENUMERABLE;
        }
        if self.configurable == Some(true) {
            attrs |= CONFIGURABLE;
        }
        if self.is_accessor() {
            return Property {
                slot: Slot::Accessor {
                    get: self.get.flatten(),
                    set: self.set.flatten(),
                },
                attrs,
            };
        }
        if self.writable == Some(true) {
            attrs |= WRITABLE;
        }
        Property::data(self.value.unwrap_or(Value::Undefined), attrs)
    }
}

/// [[HasProperty]](key)
pub type HasPropertyFn = fn(&mut Vm, ObjRef, PropertyKey) -> JsResult<bool>;
/// [[Get]](key, receiver)
pub type GetFn = fn(&mut Vm, ObjRef, PropertyKey, Value) -> JsResult<Value>;
/// [[Set]](key, value, receiver)
pub type SetFn = fn(&mut Vm, ObjRef, PropertyKey, Value, Value) -> JsResult<bool>;

/// The essential internal methods of one kind of object (see the module comment).
pub struct InternalMethods {
    pub get_prototype_of: fn(&mut Vm, ObjRef) -> JsResult<Option<ObjRef>>,
    pub set_prototype_of: fn(&mut Vm, ObjRef, Option<ObjRef>) -> JsResult<bool>,
    pub is_extensible: fn(&mut Vm, ObjRef) -> JsResult<bool>,
    pub prevent_extensions: fn(&mut Vm, ObjRef) -> JsResult<bool>,
    pub get_own_property: fn(&mut Vm, ObjRef, PropertyKey) -> JsResult<Option<Property>>,
    pub define_own_property: fn(&mut Vm, ObjRef, PropertyKey, Descriptor) -> JsResult<bool>,
    /// `None`: OrdinaryHasProperty, which `Vm::has_property` runs as a loop up the
    /// prototype chain (so long chains cost no Rust stack), asking each object's
    /// [[GetOwnProperty]] and handing over to the first one whose [[HasProperty]] is
    /// not ordinary.
    pub has_property: Option<HasPropertyFn>,
    /// `None`: OrdinaryGet, run as a loop by `Vm::get_from` (as for `has_property`).
    pub get: Option<GetFn>,
    /// `None`: OrdinarySet, run as a loop by `Vm::set_on` (as for `has_property`).
    pub set: Option<SetFn>,
    pub delete: fn(&mut Vm, ObjRef, PropertyKey) -> JsResult<bool>,
    pub own_property_keys: fn(&mut Vm, ObjRef) -> JsResult<Vec<PropertyKey>>,
}

/// The ordinary object internal methods (10.1).
pub const ORDINARY: InternalMethods = InternalMethods {
    get_prototype_of: |vm, o| Ok(vm.heap.obj(o).proto),
    set_prototype_of: ordinary_set_prototype_of,
    is_extensible: |vm, o| Ok(vm.heap.obj(o).extensible),
    prevent_extensions: |vm, o| {
        vm.heap.obj_mut(o).extensible = false;
        Ok(true)
    },
    get_own_property: |vm, o, key| Ok(vm.heap.obj(o).own(key)),
    define_own_property: ordinary_define_own_property,
    has_property: None,
    get: None,
    set: None,
    delete: ordinary_delete,
    own_property_keys: |vm, o| Ok(vm.heap.obj(o).own_keys()),
};

/// Array exotic objects (10.4.2): `length` and its link to the indices.
const ARRAY: InternalMethods = InternalMethods {
    get_own_property: array_get_own_property,
    define_own_property: array_define_own_property,
    own_property_keys: array_own_property_keys,
    ..ORDINARY
};

/// String exotic objects (10.4.3): read-only indices and `length` from the string.
const STRING: InternalMethods = InternalMethods {
    get_own_property: string_get_own_property,
    define_own_property: string_define_own_property,
    own_property_keys: string_own_property_keys,
    ..ORDINARY
};

/// Mapped arguments exotic objects (10.4.4): indices alias the parameters. (Their
/// [[Get]] and [[Set]] need no table entries: the ordinary ones read and write
/// through [[GetOwnProperty]] and [[DefineOwnProperty]], which follow the map.)
const MAPPED_ARGUMENTS: InternalMethods = InternalMethods {
    get_own_property: arguments_get_own_property,
    define_own_property: arguments_define_own_property,
    delete: arguments_delete,
    ..ORDINARY
};

/// The internal methods of an object of kind `kind`.
#[inline]
pub fn internal_methods(kind: &ObjectKind) -> &'static InternalMethods {
    match kind {
        ObjectKind::Array(_) => &ARRAY,
        ObjectKind::String(_) => &STRING,
        ObjectKind::Arguments(a) if a.map.is_some() => &MAPPED_ARGUMENTS,
        ObjectKind::Proxy(_) => &crate::builtins::proxy::PROXY,
        ObjectKind::ModuleNamespace(_) => &crate::modules::namespace::NAMESPACE,
        ObjectKind::TypedArray(_) => &crate::builtins::binary::typed_array::TYPED_ARRAY,
        _ => &ORDINARY,
    }
}

/// Kinds whose internal methods are all the ordinary ones, with nothing stored outside
/// the property map: the fast paths read the map of these directly.
#[inline]
fn is_plain(kind: &ObjectKind) -> bool {
    matches!(
        kind,
        ObjectKind::Ordinary | ObjectKind::Function(_) | ObjectKind::Native(_)
    )
}

/// [[GetOwnProperty]] answered from storage, for the kinds and keys where that is all
/// it does (plain objects, and array keys other than `length`); `None` for the others,
/// which go through their table.
#[inline]
fn stored_own(
    obj: &JsObject,
    key: PropertyKey,
    length: crate::runtime::Atom,
) -> Option<Option<Property>> {
    match obj.kind {
        ObjectKind::Ordinary | ObjectKind::Function(_) | ObjectKind::Native(_) => {
            Some(obj.props.get(&key).copied())
        }
        ObjectKind::Array(_) if key != PropertyKey::String(length) => Some(obj.own(key)),
        _ => None,
    }
}

/// OrdinarySetPrototypeOf (10.1.2.1): false when the object is not extensible or the
/// chain would become a cycle.
fn ordinary_set_prototype_of(vm: &mut Vm, o: ObjRef, proto: Option<ObjRef>) -> JsResult<bool> {
    // 1-3. Setting the prototype it has succeeds.
    if vm.heap.obj(o).proto == proto {
        return Ok(true);
    }
    // 4-5. A non-extensible object keeps its prototype.
    if !vm.heap.obj(o).extensible {
        return Ok(false);
    }
    // 6-8. No cycles; the walk stops at an object whose [[GetPrototypeOf]] is not
    // ordinary (a proxy), which may answer anything.
    let mut p = proto;
    while let Some(cur) = p {
        if cur == o {
            return Ok(false);
        }
        let obj = vm.heap.obj(cur);
        if let ObjectKind::Proxy(_) = obj.kind {
            break;
        }
        p = obj.proto;
    }
    // 9. Set O.[[Prototype]] to V.
    vm.heap.obj_mut(o).set_proto(proto);
    Ok(true)
}

/// OrdinaryDefineOwnProperty (10.1.6.1): ValidateAndApplyPropertyDescriptor with the
/// object's current property and extensibility.
pub fn ordinary_define_own_property(
    vm: &mut Vm,
    o: ObjRef,
    key: PropertyKey,
    desc: Descriptor,
) -> JsResult<bool> {
    let current = vm.get_own_property(o, key)?;
    let extensible = vm.is_extensible(o)?;
    match vm.validate_descriptor(extensible, desc, current) {
        Some(prop) => {
            vm.store_property(o, key, prop);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// OrdinaryDelete (10.1.10.1): false when the property is not configurable.
pub fn ordinary_delete(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
    let Some(p) = vm.get_own_property(o, key)? else {
        return Ok(true);
    };
    if !p.configurable() {
        return Ok(false);
    }
    let obj = vm.heap.obj_mut(o);
    if let (Some(elements), PropertyKey::Index(i)) = (obj.elements_mut(), key)
        && let Some(slot) = elements.get_mut(i as usize)
        && !matches!(slot, Value::Empty)
    {
        *slot = Value::Empty;
        return Ok(true);
    }
    obj.props.shift_remove(&key);
    Ok(true)
}

/// An array's own properties: `length` is not stored in the map.
fn array_get_own_property(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<Option<Property>> {
    let obj = vm.heap.obj(o);
    if let (ObjectKind::Array(a), PropertyKey::String(atom)) = (&obj.kind, key)
        && atom == vm.length_atom
    {
        // A non-writable length leaves a marker in the map.
        let writable = if obj.props.get(&key).is_some_and(|p| !p.writable()) {
            0
        } else {
            WRITABLE
        };
        return Ok(Some(Property::data(
            Value::Number(a.length as f64),
            writable,
        )));
    }
    Ok(obj.own(key))
}

/// [[DefineOwnProperty]] of arrays (10.4.2.1).
fn array_define_own_property(
    vm: &mut Vm,
    o: ObjRef,
    key: PropertyKey,
    desc: Descriptor,
) -> JsResult<bool> {
    match key {
        // 1. `length`: ArraySetLength.
        PropertyKey::String(a) if a == vm.length_atom => vm.define_array_length(o, desc),
        // 2. An index at or past a read-only length cannot be added.
        PropertyKey::Index(i) => {
            let length = vm.heap.obj(o).array().map_or(0, |a| a.length);
            if i >= length && !vm.array_length_writable(o) {
                return Ok(false);
            }
            ordinary_define_own_property(vm, o, key, desc)
        }
        // 3. Other keys are ordinary.
        _ => ordinary_define_own_property(vm, o, key, desc),
    }
}

/// An array's own keys: its indices, `length`, then the rest.
fn array_own_property_keys(vm: &mut Vm, o: ObjRef) -> JsResult<Vec<PropertyKey>> {
    let mut keys = vm.heap.obj(o).own_keys();
    let at = keys
        .iter()
        .position(|k| !matches!(k, PropertyKey::Index(_)))
        .unwrap_or(keys.len());
    let length = PropertyKey::String(vm.length_atom);
    if !keys.contains(&length) {
        keys.insert(at, length);
    }
    Ok(keys)
}

/// A string wrapper's own properties: its indices and `length` first (10.4.3.1).
fn string_get_own_property(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<Option<Property>> {
    if let ObjectKind::String(s) = vm.heap.obj(o).kind
        && let Some(p) = vm.string_own_property(s, key)
    {
        return Ok(Some(p));
    }
    Ok(vm.heap.obj(o).own(key))
}

/// [[DefineOwnProperty]] of string wrappers (10.4.3.2): the string's own indices and
/// `length` accept only what they already are.
fn string_define_own_property(
    vm: &mut Vm,
    o: ObjRef,
    key: PropertyKey,
    desc: Descriptor,
) -> JsResult<bool> {
    if let ObjectKind::String(s) = vm.heap.obj(o).kind
        && let Some(current) = vm.string_own_property(s, key)
    {
        let extensible = vm.heap.obj(o).extensible;
        return Ok(vm
            .validate_descriptor(extensible, desc, Some(current))
            .is_some());
    }
    ordinary_define_own_property(vm, o, key, desc)
}

/// A string wrapper's own keys: the string's indices, then the stored indices,
/// `length`, and the rest (10.4.3.3).
fn string_own_property_keys(vm: &mut Vm, o: ObjRef) -> JsResult<Vec<PropertyKey>> {
    let obj = vm.heap.obj(o);
    let ObjectKind::String(s) = obj.kind else {
        return Ok(obj.own_keys());
    };
    let stored = obj.own_keys();
    let len = vm.heap.string(s).len();
    let mut keys: Vec<PropertyKey> = (0..len as u32).map(PropertyKey::Index).collect();
    keys.extend(stored);
    let at = keys
        .iter()
        .position(|k| !matches!(k, PropertyKey::Index(_)))
        .unwrap_or(keys.len());
    keys.insert(at, PropertyKey::String(vm.length_atom));
    Ok(keys)
}

/// [[GetOwnProperty]] of mapped arguments (10.4.4.1): a mapped index shows its
/// parameter's current value.
fn arguments_get_own_property(
    vm: &mut Vm,
    o: ObjRef,
    key: PropertyKey,
) -> JsResult<Option<Property>> {
    let Some(mut p) = vm.heap.obj(o).own(key) else {
        return Ok(None);
    };
    if let PropertyKey::Index(i) = key
        && let Some(v) = vm.mapped_argument(o, i)
    {
        p.slot = Slot::Data(v);
    }
    Ok(Some(p))
}

/// [[DefineOwnProperty]] of mapped arguments (10.4.4.2).
fn arguments_define_own_property(
    vm: &mut Vm,
    o: ObjRef,
    key: PropertyKey,
    mut desc: Descriptor,
) -> JsResult<bool> {
    let PropertyKey::Index(i) = key else {
        return ordinary_define_own_property(vm, o, key, desc);
    };
    let Some((env, slot)) = vm.argument_binding(o, i) else {
        return ordinary_define_own_property(vm, o, key, desc);
    };
    // 3. A mapped index made read-only keeps the parameter's current value.
    if !desc.is_accessor() && desc.value.is_none() && desc.writable == Some(false) {
        desc.value = Some(vm.heap.env(env).slots[slot as usize]);
    }
    if !ordinary_define_own_property(vm, o, key, desc)? {
        return Ok(false);
    }
    if desc.is_accessor() {
        vm.unmap_argument(o, i);
    } else {
        if let Some(v) = desc.value {
            vm.heap.env_mut(env).slots[slot as usize] = v;
        }
        if desc.writable == Some(false) {
            vm.unmap_argument(o, i);
        }
    }
    Ok(true)
}

/// [[Delete]] of mapped arguments (10.4.4.5): a deleted index is unmapped.
fn arguments_delete(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
    let deleted = ordinary_delete(vm, o, key)?;
    if deleted && let PropertyKey::Index(i) = key {
        vm.unmap_argument(o, i);
    }
    Ok(deleted)
}

impl Vm {
    pub fn alloc_object(&mut self, proto: Option<ObjRef>, kind: ObjectKind) -> ObjRef {
        self.heap.alloc_object(JsObject::new(proto, kind))
    }

    /// `{}`
    pub fn new_object(&mut self) -> ObjRef {
        let proto = self.realm.object_prototype;
        self.alloc_object(Some(proto), ObjectKind::Ordinary)
    }

    /// An array holding `elements`.
    pub fn new_array(&mut self, elements: Vec<Value>) -> ObjRef {
        let proto = self.realm.array_prototype;
        let length = elements.len() as u32;
        self.alloc_object(
            Some(proto),
            ObjectKind::Array(ArrayData { elements, length }),
        )
    }

    /// The internal methods of `o`.
    #[inline]
    fn methods(&self, o: ObjRef) -> &'static InternalMethods {
        internal_methods(&self.heap.obj(o).kind)
    }

    /// [[GetPrototypeOf]]
    pub fn get_prototype_of(&mut self, o: ObjRef) -> JsResult<Option<ObjRef>> {
        (self.methods(o).get_prototype_of)(self, o)
    }

    /// [[SetPrototypeOf]]: false when refused.
    pub fn set_prototype_of(&mut self, o: ObjRef, proto: Option<ObjRef>) -> JsResult<bool> {
        (self.methods(o).set_prototype_of)(self, o, proto)
    }

    /// [[IsExtensible]]
    pub fn is_extensible(&mut self, o: ObjRef) -> JsResult<bool> {
        (self.methods(o).is_extensible)(self, o)
    }

    /// [[PreventExtensions]]: false when refused.
    pub fn prevent_extensions(&mut self, o: ObjRef) -> JsResult<bool> {
        (self.methods(o).prevent_extensions)(self, o)
    }

    /// [[GetOwnProperty]]: the own property `key` of `o`, including the exotic ones
    /// (array `length`, string wrapper indices and `length`, a proxy's trap result).
    pub fn get_own_property(&mut self, o: ObjRef, key: PropertyKey) -> JsResult<Option<Property>> {
        let obj = self.heap.obj(o);
        if let Some(found) = stored_own(obj, key, self.length_atom) {
            return Ok(found);
        }
        (internal_methods(&obj.kind).get_own_property)(self, o, key)
    }

    /// [[DefineOwnProperty]]: false when the definition is refused.
    #[inline(never)]
    pub fn define_own_property(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
        desc: Descriptor,
    ) -> JsResult<bool> {
        (self.methods(o).define_own_property)(self, o, key, desc)
    }

    /// [[HasProperty]]
    #[inline(never)]
    pub fn has_property(&mut self, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
        let mut cur = o;
        loop {
            let obj = self.heap.obj(cur);
            let found = match stored_own(obj, key, self.length_atom) {
                Some(found) => found.is_some(),
                None => {
                    let methods = internal_methods(&obj.kind);
                    if let Some(has) = methods.has_property {
                        return has(self, cur, key);
                    }
                    (methods.get_own_property)(self, cur, key)?.is_some()
                }
            };
            if found {
                return Ok(true);
            }
            match self.heap.obj(cur).proto {
                Some(p) => cur = p,
                None => return Ok(false),
            }
        }
    }

    /// [[Delete]]: false when the property is not configurable (or a trap said no).
    #[inline(never)]
    pub fn delete_property(&mut self, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
        (self.methods(o).delete)(self, o, key)
    }

    /// [[OwnPropertyKeys]]
    pub fn own_keys(&mut self, o: ObjRef) -> JsResult<Vec<PropertyKey>> {
        let obj = self.heap.obj(o);
        if is_plain(&obj.kind) {
            return Ok(obj.own_keys());
        }
        (internal_methods(&obj.kind).own_property_keys)(self, o)
    }

    /// EnumerableOwnProperties(o, key): the enumerable own string keys.
    pub fn enumerable_own_keys(&mut self, o: ObjRef) -> JsResult<Vec<PropertyKey>> {
        let mut keys = Vec::new();
        for k in self.own_keys(o)? {
            if !matches!(k, PropertyKey::Symbol(_))
                && self.get_own_property(o, k)?.is_some_and(|p| p.enumerable())
            {
                keys.push(k);
            }
        }
        Ok(keys)
    }

    /// The own property `key` of `o` as stored, without running any code: a proxy
    /// shows none. For formatting and messages.
    #[inline(never)]
    pub fn peek_own_property(&mut self, o: ObjRef, key: PropertyKey) -> Option<Property> {
        if let ObjectKind::Proxy(_) = self.heap.obj(o).kind {
            return None;
        }
        // The methods of every other kind only read the heap and cannot fail.
        self.get_own_property(o, key).ok().flatten()
    }

    /// The own keys of `o` without running any code: a proxy shows none.
    pub fn peek_own_keys(&mut self, o: ObjRef) -> Vec<PropertyKey> {
        if let ObjectKind::Proxy(_) = self.heap.obj(o).kind {
            return Vec::new();
        }
        self.own_keys(o).unwrap_or_default()
    }

    /// The property `key` found on `o` or its prototypes without running any code;
    /// the search stops at a proxy.
    pub fn peek_property(&mut self, o: ObjRef, key: PropertyKey) -> Option<Property> {
        let mut cur = o;
        loop {
            if let Some(p) = self.peek_own_property(cur, key) {
                return Some(p);
            }
            let obj = self.heap.obj(cur);
            if let ObjectKind::Proxy(_) = obj.kind {
                return None;
            }
            cur = obj.proto?;
        }
    }

    /// IsArray (7.2.2): arrays, and proxies whose target is an array (a loop, as in V8,
    /// so a chain of proxies may be as long as memory allows).
    pub fn is_array(&mut self, v: Value) -> JsResult<bool> {
        let Value::Object(mut o) = v else {
            return Ok(false);
        };
        loop {
            match &self.heap.obj(o).kind {
                ObjectKind::Array(_) => return Ok(true),
                ObjectKind::Proxy(p) => match p.target {
                    Some(t) => o = t,
                    None => return Err(self.proxy_revoked("IsArray")),
                },
                _ => return Ok(false),
            }
        }
    }

    /// V8's error for an operation on a revoked proxy.
    pub fn proxy_revoked(&self, operation: &str) -> crate::vm::JsError {
        self.type_error(format!(
            "Cannot perform '{operation}' on a proxy that has been revoked"
        ))
    }

    /// The parameter binding that index `i` of a mapped `arguments` object aliases.
    fn argument_binding(&self, o: ObjRef, i: u32) -> Option<(crate::runtime::EnvRef, u16)> {
        match &self.heap.obj(o).kind {
            ObjectKind::Arguments(ArgumentsData { map: Some(map), .. }) => {
                Some((map.env, (*map.slots.get(i as usize)?)?))
            }
            _ => None,
        }
    }

    /// The current value of the parameter that index `i` of `o` aliases, if mapped.
    fn mapped_argument(&self, o: ObjRef, i: u32) -> Option<Value> {
        let (env, slot) = self.argument_binding(o, i)?;
        Some(self.heap.env(env).slots[slot as usize])
    }

    /// Ends the link between index `i` of a mapped `arguments` object and its parameter.
    fn unmap_argument(&mut self, o: ObjRef, i: u32) {
        if let ObjectKind::Arguments(ArgumentsData { map: Some(map), .. }) =
            &mut self.heap.obj_mut(o).kind
            && let Some(slot) = map.slots.get_mut(i as usize)
        {
            *slot = None;
        }
    }

    /// A string's own `length` and index properties.
    pub fn string_own_property(
        &mut self,
        s: crate::runtime::StrRef,
        key: PropertyKey,
    ) -> Option<Property> {
        match key {
            PropertyKey::String(a) if a == self.length_atom => {
                let len = self.heap.string(s).len();
                Some(Property::data(Value::Number(len as f64), 0))
            }
            PropertyKey::Index(i) => {
                let units = self.heap.flatten(s);
                let c = *units.get(i as usize)?;
                let ch = self.heap.unit_string(c);
                Some(Property::data(Value::String(ch), ENUMERABLE))
            }
            _ => None,
        }
    }

    /// [[Get]] on any value (primitives read from their prototype), with `receiver` as
    /// `this` for getters.
    #[inline(never)]
    pub fn get(&mut self, target: Value, key: PropertyKey) -> JsResult<Value> {
        let start = match target {
            Value::Object(o) => o,
            Value::String(s) => {
                if let Some(p) = self.string_own_property(s, key)
                    && let Slot::Data(v) = p.slot
                {
                    return Ok(v);
                }
                self.realm.string_prototype
            }
            Value::Number(_) => self.realm.number_prototype,
            Value::Bool(_) => self.realm.boolean_prototype,
            Value::Symbol(_) => self.realm.symbol_prototype,
            Value::BigInt(_) => self.realm.bigint_prototype,
            Value::Undefined | Value::Null | Value::Empty => {
                // V8 reports reading @@iterator from nothing as a failed iteration.
                if key == PropertyKey::Symbol(self.realm.symbol_iterator) {
                    return Err(self.not_iterable(target));
                }
                return Err(self.nullish_read_error(target, Some(key)));
            }
        };
        self.get_from(start, key, target)
    }

    /// The TypeError of writing the property `key` of null or undefined.
    pub fn nullish_write_error(
        &mut self,
        target: Value,
        key: Option<PropertyKey>,
    ) -> crate::vm::JsError {
        self.nullish_access_error("set", "setting", target, key)
    }

    /// The TypeError of reading the property `key` of null or undefined.
    pub fn nullish_read_error(
        &mut self,
        target: Value,
        key: Option<PropertyKey>,
    ) -> crate::vm::JsError {
        self.nullish_access_error("read", "reading", target, key)
    }

    /// V8's words for accessing a property of null or undefined: "Cannot {verb}
    /// properties of null ({doing} 'key')", naming the property when it is known (the
    /// spec's order throws for some before their key is converted).
    fn nullish_access_error(
        &mut self,
        verb: &str,
        doing: &str,
        target: Value,
        key: Option<PropertyKey>,
    ) -> crate::vm::JsError {
        let what = if matches!(target, Value::Null) {
            "null"
        } else {
            "undefined"
        };
        let message = match key {
            Some(key) => {
                let name = self.key_text(key);
                format!("Cannot {verb} properties of {what} ({doing} '{name}')")
            }
            None => format!("Cannot {verb} properties of {what}"),
        };
        self.type_error(message)
    }

    /// [[Get]] of `o` with `receiver` as `this` for getters: OrdinaryGet as a loop up
    /// the prototype chain, handing over to the first object whose [[Get]] is not
    /// ordinary.
    pub fn get_from(&mut self, o: ObjRef, key: PropertyKey, receiver: Value) -> JsResult<Value> {
        if let PropertyKey::Private(_) = key {
            return self.get_private(receiver, key);
        }
        let mut cur = o;
        loop {
            let obj = self.heap.obj(cur);
            let found = match stored_own(obj, key, self.length_atom) {
                Some(found) => found,
                None => {
                    let methods = internal_methods(&obj.kind);
                    if let Some(get) = methods.get {
                        return get(self, cur, key, receiver);
                    }
                    (methods.get_own_property)(self, cur, key)?
                }
            };
            if let Some(p) = found {
                return match p.slot {
                    Slot::Data(v) => Ok(v),
                    Slot::Accessor { get: Some(g), .. } => {
                        self.call(Value::Object(g), receiver, &[])
                    }
                    Slot::Accessor { get: None, .. } => Ok(Value::Undefined),
                };
            }
            match self.heap.obj(cur).proto {
                Some(p) => cur = p,
                None => return Ok(Value::Undefined),
            }
        }
    }

    /// `o[name]` for Rust text keys.
    pub fn get_named(&mut self, target: Value, name: &str) -> JsResult<Value> {
        let key = self.key(name);
        self.get(target, key)
    }

    /// The method `key` of `v` (GetMethod): `None` when undefined or null, a TypeError
    /// when not callable.
    pub fn get_method(&mut self, v: Value, key: PropertyKey) -> JsResult<Option<Value>> {
        let f = self.get(v, key)?;
        if f.is_nullish() {
            return Ok(None);
        }
        if !self.is_callable(f) {
            let name = self.key_text(key);
            return Err(self.type_error(format!("{name} is not a function")));
        }
        Ok(Some(f))
    }

    /// PutValue's assignment `target[key] = value`: [[Set]], with V8's errors when it
    /// fails in strict code (sloppy code ignores the failure).
    #[inline(never)]
    pub fn set(
        &mut self,
        target: Value,
        key: PropertyKey,
        value: Value,
        strict: bool,
    ) -> JsResult<()> {
        if let PropertyKey::Private(_) = key {
            return self.set_private(target, key, value);
        }
        let o = match target {
            Value::Object(o) => o,
            Value::Undefined | Value::Null | Value::Empty => {
                // V8 reports reading @@iterator from nothing as a failed iteration.
                if key == PropertyKey::Symbol(self.realm.symbol_iterator) {
                    return Err(self.not_iterable(target));
                }
                return Err(self.nullish_write_error(target, Some(key)));
            }
            _ => {
                // A primitive has no own properties to create; setters on its
                // prototype chain still run, with the primitive as `this`.
                let wrapper = self.to_object(target)?;
                let proto = self.heap.obj(wrapper).proto;
                let ok = match proto {
                    Some(p) => self.set_on(p, key, value, target)?,
                    None => false,
                };
                if !ok && strict {
                    let name = self.key_text(key);
                    let shown = self.to_rust_string(target)?;
                    let ty = self.type_of(target);
                    return Err(self
                        .type_error(format!("Cannot create property '{name}' on {ty} '{shown}'")));
                }
                return Ok(());
            }
        };
        if !self.set_on(o, key, value, Value::Object(o))? && strict {
            return Err(self.set_failed(o, key));
        }
        Ok(())
    }

    /// The object a refused operation on `o` is reported against: `o` itself; for a
    /// proxy, `None` when one of its traps refused (the error names the trap), or else
    /// the target at the end of the chain of proxies the operation was forwarded
    /// down.
    pub fn refusing_object(&mut self, o: ObjRef) -> Option<ObjRef> {
        if !matches!(self.heap.obj(o).kind, ObjectKind::Proxy(_)) {
            return Some(o);
        }
        if std::mem::take(&mut self.proxy_refused) {
            return None;
        }
        let mut cur = o;
        while let ObjectKind::Proxy(p) = &self.heap.obj(cur).kind {
            cur = p.target?;
        }
        Some(cur)
    }

    /// V8's error for a class member (method, accessor or field) that could not be
    /// defined on `o`: a static member named `prototype` meets the class's own
    /// non-configurable `prototype`; otherwise the object is not extensible or holds a
    /// non-configurable property of that name.
    #[cold]
    pub fn define_member_failed(&mut self, o: ObjRef, key: PropertyKey) -> crate::vm::JsError {
        let is_class = matches!(
            &self.heap.obj(o).kind,
            ObjectKind::Function(c) if matches!(c.template.kind, TemplateKind::ClassConstructor { .. })
        );
        if is_class && key == PropertyKey::String(self.atoms.prototype) {
            return self.type_error("Classes may not have a static property named 'prototype'");
        }
        let name = self.key_text(key);
        if self.peek_own_property(o, key).is_none() && !self.heap.obj(o).extensible {
            return self.type_error(format!(
                "Cannot define property {name}, object is not extensible"
            ));
        }
        self.type_error(format!("Cannot redefine property: {name}"))
    }

    /// V8's error for a failed strict-mode assignment to `o[key]`.
    #[cold]
    fn set_failed(&mut self, o: ObjRef, key: PropertyKey) -> crate::vm::JsError {
        let through_proxy = matches!(self.heap.obj(o).kind, ObjectKind::Proxy(_));
        let Some(o) = self.refusing_object(o) else {
            return crate::builtins::proxy::trap_returned_falsish(self, "set", Some(key));
        };
        if let Some(error) = self.array_length_stopped(o, key) {
            return error;
        }
        let name = self.key_text(key);
        let found = self.peek_property(o, key);
        if let Some(Property {
            slot: Slot::Accessor { set: None, .. },
            ..
        }) = found
        {
            let shown = self.describe_object(o);
            return self.type_error(format!(
                "Cannot set property {name} of {shown} which has only a getter"
            ));
        }
        if found.is_none() && !self.heap.obj(o).extensible {
            // Through a proxy the new property is made by its [[DefineOwnProperty]].
            let verb = if through_proxy { "define" } else { "add" };
            return self.type_error(format!(
                "Cannot {verb} property {name}, object is not extensible"
            ));
        }
        let shown = if self.heap.obj(o).is_array() {
            "[object Array]".to_string()
        } else if let ObjectKind::ModuleNamespace(_) = self.heap.obj(o).kind {
            "[object Module]".to_string()
        } else {
            self.describe_object(o)
        };
        self.type_error(format!(
            "Cannot assign to read only property '{name}' of object '{shown}'"
        ))
    }

    /// V8's error for a refused change of `o`'s `length` that a non-configurable
    /// element stopped, when that is why `key` was refused.
    pub fn array_length_stopped(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
    ) -> Option<crate::vm::JsError> {
        let (array, index) = self.array_length_stop.take()?;
        if array != o || key != PropertyKey::String(self.length_atom) {
            return None;
        }
        Some(self.type_error(format!(
            "Cannot delete property '{index}' of [object Array]"
        )))
    }

    /// V8's error for a failed strict-mode `delete o[key]`.
    #[cold]
    pub(super) fn delete_failed(&mut self, o: ObjRef, key: PropertyKey) -> crate::vm::JsError {
        let Some(o) = self.refusing_object(o) else {
            return crate::builtins::proxy::trap_returned_falsish(
                self,
                "deleteProperty",
                Some(key),
            );
        };
        let name = self.key_text(key);
        let shown = match crate::builtins::binary::typed_array_data(self, o) {
            Some(t) => format!("[object {}]", t.kind.name()),
            None => self.describe_object(o),
        };
        self.type_error(format!("Cannot delete property '{name}' of {shown}"))
    }

    /// [[Set]] of `o` with `receiver`; false when not allowed. OrdinarySet (10.1.9.2)
    /// as a loop up the prototype chain, handing over to the first object whose [[Set]]
    /// is not ordinary.
    pub fn set_on(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
        value: Value,
        receiver: Value,
    ) -> JsResult<bool> {
        // Fast path: an own writable data property of an ordinary object or an array
        // element.
        {
            let obj = self.heap.obj_mut(o);
            match (&mut obj.kind, key) {
                (ObjectKind::Array(a), PropertyKey::Index(i))
                    if (i as usize) < a.elements.len()
                        && !matches!(a.elements[i as usize], Value::Empty)
                        && receiver == Value::Object(o) =>
                {
                    a.elements[i as usize] = value;
                    return Ok(true);
                }
                (ObjectKind::Ordinary | ObjectKind::Function(_), _)
                    if receiver == Value::Object(o) =>
                {
                    if let Some(p) = obj.props.get(&key)
                        && let Slot::Data(_) = p.slot
                    {
                        return Ok(obj.props.write_value(&key, value) == Some(true));
                    }
                }
                _ => {}
            }
        }
        // 1-2. OrdinarySetWithOwnDescriptor: the property on `o` or the first
        // prototype that has it.
        let mut cur = o;
        let found = loop {
            let obj = self.heap.obj(cur);
            let own = match stored_own(obj, key, self.length_atom) {
                Some(found) => found,
                None => {
                    let methods = internal_methods(&obj.kind);
                    if let Some(set) = methods.set {
                        return set(self, cur, key, value, receiver);
                    }
                    (methods.get_own_property)(self, cur, key)?
                }
            };
            if let Some(p) = own {
                break Some((cur, p));
            }
            match self.heap.obj(cur).proto {
                Some(p) => cur = p,
                None => break None,
            }
        };
        self.set_with_found(found, key, value, receiver)
    }

    /// OrdinarySet (10.1.9.1) of `o` whose own property `key` an exotic [[Set]] has
    /// already read (`own`): goes on up the prototype chain when it is absent.
    pub fn ordinary_set_with_own(
        &mut self,
        o: ObjRef,
        own: Option<Property>,
        key: PropertyKey,
        value: Value,
        receiver: Value,
    ) -> JsResult<bool> {
        match own {
            Some(p) => self.set_with_found(Some((o, p)), key, value, receiver),
            None => match self.heap.obj(o).proto {
                Some(parent) => self.set_on(parent, key, value, receiver),
                None => self.set_with_found(None, key, value, receiver),
            },
        }
    }

    /// OrdinarySetWithOwnDescriptor (10.1.9.2) from step 2 on, with `found` the
    /// property and the object along the chain that holds it.
    fn set_with_found(
        &mut self,
        found: Option<(ObjRef, Property)>,
        key: PropertyKey,
        value: Value,
        receiver: Value,
    ) -> JsResult<bool> {
        match found {
            // 3. An accessor: its setter, if any.
            Some((
                _,
                Property {
                    slot: Slot::Accessor { set, .. },
                    ..
                },
            )) => match set {
                Some(s) => {
                    self.call(Value::Object(s), receiver, &[value])?;
                    Ok(true)
                }
                None => Ok(false),
            },
            // 2.a. A read-only data property refuses.
            Some((_, p)) if !p.writable() => Ok(false),
            _ => {
                // 2.b-e. Write (or create) the data property on the receiver.
                let Value::Object(r) = receiver else {
                    return Ok(false);
                };
                let existing = match found {
                    Some((holder, p)) if holder == r => Some(p),
                    _ => self.get_own_property(r, key)?,
                };
                if let Some(existing) = existing {
                    if matches!(existing.slot, Slot::Accessor { .. }) || !existing.writable() {
                        return Ok(false);
                    }
                    return self.define_own_property(
                        r,
                        key,
                        Descriptor {
                            value: Some(value),
                            ..Descriptor::default()
                        },
                    );
                }
                self.create_data_property(r, key, value)
            }
        }
    }

    /// CreateDataProperty: a new (or redefined) enumerable, writable, configurable
    /// data property. False when the object is not extensible or the property is not
    /// configurable.
    pub fn create_data_property(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
        value: Value,
    ) -> JsResult<bool> {
        {
            let obj = self.heap.obj_mut(o);
            if let (ObjectKind::Array(a), PropertyKey::Index(i)) = (&mut obj.kind, key) {
                let i = i as usize;
                if i < a.elements.len() && !matches!(a.elements[i], Value::Empty) {
                    a.elements[i] = value;
                    return Ok(true);
                }
                // Appending (or filling a small gap) keeps the elements dense.
                if obj.extensible
                    && i >= a.elements.len()
                    && i <= a.elements.len() + 1024
                    && !obj.props.contains_key(&key)
                    && !obj
                        .props
                        .contains_key(&PropertyKey::String(self.length_atom))
                {
                    let a = match &mut obj.kind {
                        ObjectKind::Array(a) => a,
                        _ => unreachable!(),
                    };
                    a.elements.resize(i, Value::Empty);
                    a.elements.push(value);
                    a.length = a.length.max(i as u32 + 1);
                    return Ok(true);
                }
            }
            if let ObjectKind::Ordinary = obj.kind
                && obj.extensible
                && !obj.props.contains_key(&key)
            {
                obj.props.insert(key, Property::data(value, DEFAULT_ATTRS));
                return Ok(true);
            }
        }
        self.define_own_property(o, key, Descriptor::data(value, DEFAULT_ATTRS))
    }

    /// Defines a property that must succeed (built-in setup, literals); returns nothing.
    pub fn define_value(&mut self, o: ObjRef, key: PropertyKey, value: Value, attrs: u8) {
        let _ = self.define_own_property(o, key, Descriptor::data(value, attrs));
    }

    /// ValidateAndApplyPropertyDescriptor (10.1.6.3) without the object: the property
    /// `desc` makes of `current` (or adds), or `None` when the change is not allowed.
    /// With `current` present and `extensible` ignored it is also
    /// IsCompatiblePropertyDescriptor.
    pub fn validate_descriptor(
        &mut self,
        extensible: bool,
        desc: Descriptor,
        current: Option<Property>,
    ) -> Option<Property> {
        // 2. No property yet: added as described, if the object is extensible.
        let Some(cur) = current else {
            return extensible.then(|| desc.to_property());
        };
        // 4. A non-configurable property changes only in allowed ways.
        if !cur.configurable() {
            if desc.configurable == Some(true) {
                return None;
            }
            if desc.enumerable.is_some_and(|e| e != cur.enumerable()) {
                return None;
            }
            match cur.slot {
                Slot::Data(v) => {
                    if desc.is_accessor() {
                        return None;
                    }
                    if !cur.writable() {
                        if desc.writable == Some(true) {
                            return None;
                        }
                        if let Some(nv) = desc.value
                            && !self.same_value(nv, v)
                        {
                            return None;
                        }
                    }
                }
                Slot::Accessor { get, set } => {
                    if desc.is_data() {
                        return None;
                    }
                    if desc.get.is_some_and(|g| g != get) || desc.set.is_some_and(|s| s != set) {
                        return None;
                    }
                }
            }
        }
        // 5. Apply the fields present, converting between data and accessor.
        let mut attrs = cur.attrs;
        let mut set_attr = |flag: u8, on: Option<bool>| match on {
            Some(true) => attrs |= flag,
            Some(false) => attrs &= !flag,
            None => {}
        };
        set_attr(ENUMERABLE, desc.enumerable);
        set_attr(CONFIGURABLE, desc.configurable);
        let slot = match cur.slot {
            Slot::Data(_) if desc.is_accessor() => {
                attrs &= !WRITABLE;
                Slot::Accessor {
                    get: desc.get.flatten(),
                    set: desc.set.flatten(),
                }
            }
            Slot::Accessor { .. } if desc.is_data() => {
                attrs &= !WRITABLE;
                if desc.writable == Some(true) {
                    attrs |= WRITABLE;
                }
                Slot::Data(desc.value.unwrap_or(Value::Undefined))
            }
            Slot::Data(v) => {
                match desc.writable {
                    Some(true) => attrs |= WRITABLE,
                    Some(false) => attrs &= !WRITABLE,
                    None => {}
                }
                Slot::Data(desc.value.unwrap_or(v))
            }
            Slot::Accessor { get, set } => Slot::Accessor {
                get: desc.get.unwrap_or(get),
                set: desc.set.unwrap_or(set),
            },
        };
        Some(Property { slot, attrs })
    }

    /// Writes a validated property, keeping array elements dense where possible.
    fn store_property(&mut self, o: ObjRef, key: PropertyKey, prop: Property) {
        let obj = self.heap.obj_mut(o);
        if let (ObjectKind::Array(a), PropertyKey::Index(i)) = (&mut obj.kind, key) {
            let idx = i as usize;
            let plain = prop.attrs == DEFAULT_ATTRS && matches!(prop.slot, Slot::Data(_));
            if plain
                && idx <= a.elements.len() + 1024
                && !obj.props.contains_key(&key)
                && let Slot::Data(v) = prop.slot
            {
                if idx >= a.elements.len() {
                    a.elements.resize(idx + 1, Value::Empty);
                }
                a.elements[idx] = v;
                a.length = a.length.max(i + 1);
                return;
            }
            // A non-default property: move the element out of the dense part.
            if idx < a.elements.len() {
                a.elements[idx] = Value::Empty;
            }
            a.length = a.length.max(i + 1);
        }
        if let (ObjectKind::Arguments(a), PropertyKey::Index(i)) = (&mut obj.kind, key)
            && let Some(slot) = a.elements.get_mut(i as usize)
        {
            // Indices below the count passed stay dense while they are plain; a
            // non-default one moves out.
            if prop.attrs == DEFAULT_ATTRS
                && let Slot::Data(v) = prop.slot
                && !obj.props.contains_key(&key)
            {
                *slot = v;
                return;
            }
            *slot = Value::Empty;
        }
        obj.props.insert(key, prop);
    }

    /// Whether an array's `length` is writable (a read-only one leaves a marker in
    /// the map).
    fn array_length_writable(&self, o: ObjRef) -> bool {
        let key = PropertyKey::String(self.length_atom);
        self.heap
            .obj(o)
            .props
            .get(&key)
            .is_none_or(|p| p.writable())
    }

    /// ArraySetLength (10.4.2.4)
    fn define_array_length(&mut self, o: ObjRef, mut desc: Descriptor) -> JsResult<bool> {
        let key = PropertyKey::String(self.length_atom);
        self.array_length_stop = None;
        // 1. Without a value this is an ordinary change of attributes.
        let Some(v) = desc.value else {
            return self.apply_array_length(o, desc);
        };
        // 3-5. ToUint32 and ToNumber each convert the value, and must agree.
        let new_len = self.to_uint32(v)?;
        let number_len = self.to_number(v)?;
        if new_len as f64 != number_len {
            return Err(self.range_error("Invalid array length"));
        }
        desc.value = Some(Value::Number(new_len as f64));
        // 10. Growing (or keeping) the length deletes nothing.
        let old_len = self.array_length(o).unwrap_or(0);
        if new_len >= old_len {
            return self.apply_array_length(o, desc);
        }
        // 11. A read-only length cannot shrink.
        if !self.array_length_writable(o) {
            return Ok(false);
        }
        // 12-13. A length made read-only stays writable until the deletions are done.
        let new_writable = desc.writable != Some(false);
        if !new_writable {
            desc.writable = Some(true);
        }
        // 14-15.
        if !self.apply_array_length(o, desc)? {
            return Ok(false);
        }
        // 16. Deleting stops below the highest non-configurable index.
        let reached = self.set_array_length(o, new_len);
        self.array_length_stop = (reached != new_len).then_some((o, reached - 1));
        // 16.d.iv and 17.
        if !new_writable {
            self.heap
                .obj_mut(o)
                .props
                .insert(key, Property::data(Value::Undefined, 0));
        }
        Ok(reached == new_len)
    }

    /// OrdinaryDefineOwnProperty of an array's `length` (kept in the array's data, a
    /// read-only one with a marker in the map).
    fn apply_array_length(&mut self, o: ObjRef, desc: Descriptor) -> JsResult<bool> {
        let key = PropertyKey::String(self.length_atom);
        let current = array_get_own_property(self, o, key)?;
        let Some(new) = self.validate_descriptor(true, desc, current) else {
            return Ok(false);
        };
        if let Slot::Data(Value::Number(n)) = new.slot {
            self.set_array_length(o, n as u32);
        }
        if !new.writable() {
            self.heap
                .obj_mut(o)
                .props
                .insert(key, Property::data(Value::Undefined, 0));
        }
        Ok(true)
    }

    /// Sets an array's length, deleting the elements past it from the highest down:
    /// a non-configurable one stops the deletion, and the length ends just past it.
    /// Returns the length reached.
    pub fn set_array_length(&mut self, o: ObjRef, len: u32) -> u32 {
        let obj = self.heap.obj_mut(o);
        let ObjectKind::Array(a) = &mut obj.kind else {
            return len;
        };
        // Dense elements are always configurable; only the map holds others.
        let len = obj
            .props
            .iter()
            .filter_map(|(k, p)| match k {
                PropertyKey::Index(i) if *i >= len && !p.configurable() => Some(*i + 1),
                _ => None,
            })
            .max()
            .unwrap_or(len);
        if (len as usize) < a.elements.len() {
            a.elements.truncate(len as usize);
        }
        a.length = len;
        if obj
            .props
            .keys()
            .any(|k| matches!(k, PropertyKey::Index(i) if *i >= len))
        {
            obj.props
                .retain(|k, _| !matches!(k, PropertyKey::Index(i) if *i >= len));
        }
        len
    }

    pub fn define_named(&mut self, o: ObjRef, name: &str, value: Value, attrs: u8) {
        let key = self.key(name);
        self.define_value(o, key, value, attrs);
    }

    /// Defines an accessor property (built-in setup).
    pub fn define_accessor(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
        get: Option<ObjRef>,
        set: Option<ObjRef>,
        attrs: u8,
    ) {
        let desc = Descriptor {
            get: Some(get),
            set: Some(set),
            enumerable: Some(attrs & ENUMERABLE != 0),
            configurable: Some(attrs & CONFIGURABLE != 0),
            ..Descriptor::default()
        };
        let _ = self.define_own_property(o, key, desc);
    }

    /// The array's elements as values (holes read through the prototype chain) when
    /// `o` is an array, for fast paths.
    pub fn array_length(&self, o: ObjRef) -> Option<u32> {
        self.heap.obj(o).array().map(|a| a.length)
    }

    /// LengthOfArrayLike
    pub fn length_of(&mut self, o: Value) -> JsResult<u64> {
        if let Value::Object(obj) = o
            && let Some(len) = self.array_length(obj)
        {
            return Ok(len as u64);
        }
        let key = PropertyKey::String(self.length_atom);
        let v = self.get(o, key)?;
        let n = self.to_integer(v)?;
        Ok(n.clamp(0.0, 9007199254740991.0) as u64)
    }

    /// The key for an index that may exceed the array-index range.
    pub fn index_key(&mut self, i: u64) -> PropertyKey {
        if i < u32::MAX as u64 {
            PropertyKey::Index(i as u32)
        } else {
            self.text_key(&i.to_string())
        }
    }

    /// CreateListFromArrayLike
    pub fn array_like_to_vec(&mut self, v: Value) -> JsResult<Vec<Value>> {
        let Value::Object(o) = v else {
            return Err(self.type_error("CreateListFromArrayLike called on non-object"));
        };
        if let Some(a) = self.heap.obj(o).array()
            && a.elements.len() == a.length as usize
        {
            return Ok(a.elements.iter().map(|v| v.or_undefined()).collect());
        }
        let len = self.length_of(v)?;
        let mut out = Vec::with_capacity(len.min(1 << 16) as usize);
        for i in 0..len {
            let key = self.index_key(i);
            out.push(self.get(v, key)?);
        }
        Ok(out)
    }

    /// PrivateGet: an own private member, or a TypeError when the object lacks it.
    fn get_private(&mut self, target: Value, key: PropertyKey) -> JsResult<Value> {
        let found = match target {
            Value::Object(o) => self.heap.obj(o).props.get(&key).copied(),
            _ => None,
        };
        match found.map(|p| p.slot) {
            Some(Slot::Data(v)) => Ok(v),
            Some(Slot::Accessor { get: Some(g), .. }) => self.call(Value::Object(g), target, &[]),
            Some(Slot::Accessor { get: None, .. }) => {
                let name = self.key_text(key);
                Err(self.type_error(format!("'{name}' was defined without a getter")))
            }
            None => {
                let name = self.key_text(key);
                Err(self.type_error(format!(
                    "Cannot read private member {name} from an object whose class did not declare it"
                )))
            }
        }
    }

    /// PrivateSet: fields are writable, methods are not, accessors need a setter.
    fn set_private(&mut self, target: Value, key: PropertyKey, value: Value) -> JsResult<()> {
        let found = match target {
            Value::Object(o) => self.heap.obj(o).props.get(&key).copied().map(|p| (o, p)),
            _ => None,
        };
        let name = self.key_text(key);
        match found {
            Some((o, p)) => match p.slot {
                Slot::Data(_) if p.writable() => {
                    self.heap
                        .obj_mut(o)
                        .props
                        .insert(key, Property::data(value, p.attrs));
                    Ok(())
                }
                Slot::Data(_) => {
                    Err(self.type_error(format!("Private method '{name}' is not writable")))
                }
                Slot::Accessor { set: Some(s), .. } => {
                    self.call(Value::Object(s), target, &[value])?;
                    Ok(())
                }
                Slot::Accessor { set: None, .. } => {
                    Err(self.type_error(format!("'{name}' was defined without a setter")))
                }
            },
            None => Err(self.type_error(format!(
                "Cannot write private member {name} to an object whose class did not declare it"
            ))),
        }
    }
}
