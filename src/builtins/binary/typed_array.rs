//! %TypedArray% (23.2) and its constructors: construction from a length,
//! another typed array, a buffer, an iterable or an array-like; the exotic internal
//! methods of typed arrays (10.4.5, answered through `TYPED_ARRAY` in the per-kind
//! dispatch of `vm::property`); the `buffer`, `byteLength`, `byteOffset` and `length`
//! getters; `from` and `of`; and the abstract operations the prototype methods share
//! (ValidateTypedArray, TypedArraySpeciesCreate, TypedArrayCreateFromConstructor).

use super::array_buffer::allocate_buffer;
use super::{
    ElementKind, Numeric, TypedArrayData, buffer, detached_error, get_element, incompatible,
    numeric_value, put_element, start_offset, to_element_numeric, typed_array_data,
    typed_array_length, window_length,
};
use crate::builtins::{arg, getter, method};
use crate::runtime::number::{number_to_string, string_to_number};
use crate::runtime::object::{CONFIGURABLE, METHOD_ATTRS, Property, PropertyKey, Slot};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{
    Descriptor, InternalMethods, ORDINARY, ordinary_define_own_property, ordinary_delete,
};
use crate::vm::{JsResult, Vm};

/// Typed arrays (10.4.5): numeric keys are the elements, never the property map or
/// the prototype chain.
pub const TYPED_ARRAY: InternalMethods = InternalMethods {
    get_own_property,
    define_own_property,
    has_property: Some(has_property),
    get: Some(get),
    set: Some(set),
    delete,
    own_property_keys,
    prevent_extensions,
    ..ORDINARY
};

pub fn install(vm: &mut Vm) {
    // %TypedArray% and %TypedArray.prototype%.
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    vm.realm.typed_array_prototype = proto;
    let abstract_class: crate::runtime::object::NativeFn =
        |vm, _, _| Err(vm.type_error("Abstract class TypedArray not directly constructable"));
    let ctor = vm.native_function_with(
        "TypedArray",
        0,
        abstract_class,
        Some(abstract_class),
        Vec::new(),
    );
    vm.realm.typed_array_constructor = ctor;
    vm.define_named(ctor, "prototype", Value::Object(proto), 0);
    method(vm, ctor, "of", 0, of);
    method(vm, ctor, "from", 1, from);
    let species = vm.native_function("get [Symbol.species]", 0, |_, this, _| Ok(this));
    let key = PropertyKey::Symbol(vm.realm.symbol_species);
    vm.define_accessor(ctor, key, Some(species), None, CONFIGURABLE);

    vm.define_named(proto, "constructor", Value::Object(ctor), METHOD_ATTRS);
    getter(vm, proto, "buffer", |vm, this, _| {
        let t = this_typed_array(vm, this, "get TypedArray.prototype.buffer")?;
        Ok(Value::Object(
            typed_array_data(vm, t).map_or(t, |d| d.buffer),
        ))
    });
    getter(vm, proto, "byteLength", |vm, this, _| {
        let t = this_typed_array(vm, this, "get TypedArray.prototype.byteLength")?;
        let d = typed_array_data(vm, t).expect("checked");
        let n = window_length(vm, d).map_or(0, |len| len * d.kind.size());
        Ok(Value::Number(n as f64))
    });
    getter(vm, proto, "byteOffset", |vm, this, _| {
        let t = this_typed_array(vm, this, "get TypedArray.prototype.byteOffset")?;
        let d = typed_array_data(vm, t).expect("checked");
        let n = window_length(vm, d).map_or(0, |_| d.byte_offset);
        Ok(Value::Number(n as f64))
    });
    getter(vm, proto, "length", |vm, this, _| {
        let t = this_typed_array(vm, this, "get TypedArray.prototype.length")?;
        Ok(Value::Number(typed_array_length(vm, t).unwrap_or(0) as f64))
    });
    super::typed_array_methods::install(vm, proto);
    let tag = vm.native_function("get [Symbol.toStringTag]", 0, |vm, this, _| {
        Ok(match this {
            Value::Object(o) => match typed_array_data(vm, o) {
                Some(d) => Value::String(vm.heap.alloc_str(d.kind.name())),
                None => Value::Undefined,
            },
            _ => Value::Undefined,
        })
    });
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_accessor(proto, key, Some(tag), None, CONFIGURABLE);
    let values = vm
        .get_named(Value::Object(proto), "values")
        .unwrap_or(Value::Undefined);
    let key = PropertyKey::Symbol(vm.realm.symbol_iterator);
    vm.define_value(proto, key, values, METHOD_ATTRS);

    // The concrete constructors, each with its own prototype.
    let mut intrinsics = Vec::with_capacity(2 * ElementKind::ALL.len());
    for kind in ElementKind::ALL {
        let kind_proto = vm.alloc_object(Some(proto), ObjectKind::Ordinary);
        let kind_ctor = vm.native_function_with(
            kind.name(),
            3,
            |vm, _, _| {
                let name = running_kind(vm).name();
                Err(vm.type_error(format!("Constructor {name} requires 'new'")))
            },
            Some(construct),
            vec![Value::Number(kind.index() as f64)],
        );
        vm.heap.obj_mut(kind_ctor).set_proto(Some(ctor));
        vm.define_named(kind_ctor, "prototype", Value::Object(kind_proto), 0);
        let size = Value::Number(kind.size() as f64);
        vm.define_named(kind_ctor, "BYTES_PER_ELEMENT", size, 0);
        vm.define_named(
            kind_proto,
            "constructor",
            Value::Object(kind_ctor),
            METHOD_ATTRS,
        );
        vm.define_named(kind_proto, "BYTES_PER_ELEMENT", size, 0);
        let global = vm.realm.global;
        vm.define_named(global, kind.name(), Value::Object(kind_ctor), METHOD_ATTRS);
        intrinsics.push(Value::Object(kind_ctor));
        intrinsics.push(Value::Object(kind_proto));
    }
    vm.realm.typed_array_intrinsics = vm.alloc_object(None, ObjectKind::InternalSlots(intrinsics));
}

/// The intrinsic constructor of typed arrays of `kind` (`%Uint8Array%`, ...).
pub fn kind_constructor(vm: &Vm, kind: ElementKind) -> Value {
    match &vm.heap.obj(vm.realm.typed_array_intrinsics).kind {
        ObjectKind::InternalSlots(v) => v[2 * kind.index()],
        _ => unreachable!("installed as internal slots"),
    }
}

/// The intrinsic prototype of typed arrays of `kind`.
fn kind_prototype(vm: &Vm, kind: ElementKind) -> ObjRef {
    match &vm.heap.obj(vm.realm.typed_array_intrinsics).kind {
        ObjectKind::InternalSlots(v) => match v[2 * kind.index() + 1] {
            Value::Object(o) => o,
            _ => unreachable!("prototypes are objects"),
        },
        _ => unreachable!("installed as internal slots"),
    }
}

/// The element kind of the running typed array constructor (its captured index).
fn running_kind(vm: &Vm) -> ElementKind {
    match vm.running_native().map(|f| vm.captures(f).first().copied()) {
        Some(Some(Value::Number(i))) => ElementKind::ALL[i as usize],
        _ => unreachable!("typed array constructors capture their kind"),
    }
}

/// `this` when it is a typed array (its buffer may be detached); the incompatible
/// receiver TypeError of `name` otherwise.
fn this_typed_array(vm: &mut Vm, this: Value, name: &str) -> JsResult<ObjRef> {
    match this {
        Value::Object(o) if typed_array_data(vm, o).is_some() => Ok(o),
        _ => Err(incompatible(vm, name, this)),
    }
}

/// ValidateTypedArray (23.2.4.4): `v` must be a typed array that is not out of
/// bounds; returns it and its length. `name` is the method, for V8's messages.
pub fn validate(vm: &mut Vm, v: Value, name: &str) -> JsResult<(ObjRef, usize)> {
    let Value::Object(o) = v else {
        return Err(vm.type_error("this is not a typed array."));
    };
    if typed_array_data(vm, o).is_none() {
        return Err(vm.type_error("this is not a typed array."));
    }
    match typed_array_length(vm, o) {
        Some(len) => Ok((o, len)),
        None => Err(detached_error(vm, name)),
    }
}

/// The element kind of typed array `o`.
pub fn kind_of(vm: &Vm, o: ObjRef) -> ElementKind {
    typed_array_data(vm, o).expect("a typed array").kind
}

/// AllocateTypedArray (23.2.5.1.1) with a length: a new typed array of `kind` over a
/// new zeroed buffer, whose prototype comes from `new_target`.
fn allocate(vm: &mut Vm, kind: ElementKind, new_target: Value, len: u64) -> JsResult<ObjRef> {
    let proto = prototype_for(vm, kind, new_target)?;
    allocate_with_proto(vm, kind, proto, len)
}

/// GetPrototypeFromConstructor(newTarget, "%TypedArray.prototype%" of `kind`).
fn prototype_for(vm: &mut Vm, kind: ElementKind, new_target: Value) -> JsResult<ObjRef> {
    if let Value::Object(_) = new_target {
        let key = PropertyKey::String(vm.atoms.prototype);
        if let Value::Object(p) = vm.get(new_target, key)? {
            return Ok(p);
        }
    }
    Ok(kind_prototype(vm, kind))
}

/// A typed array of `len` elements of `kind` with prototype `proto` over a new
/// buffer (AllocateTypedArrayBuffer).
fn allocate_with_proto(
    vm: &mut Vm,
    kind: ElementKind,
    proto: ObjRef,
    len: u64,
) -> JsResult<ObjRef> {
    let byte_length = len
        .checked_mul(kind.size() as u64)
        .filter(|&n| n <= 9007199254740991)
        .ok_or_else(|| vm.range_error(format!("Invalid typed array length: {len}")))?;
    let ab = Value::Object(vm.realm.array_buffer_constructor);
    let buffer = allocate_buffer(vm, ab, byte_length, None, false)?;
    Ok(new_view(vm, kind, proto, buffer, 0, Some(len as usize)))
}

/// A typed array object over `buffer`.
fn new_view(
    vm: &mut Vm,
    kind: ElementKind,
    proto: ObjRef,
    buffer: ObjRef,
    byte_offset: usize,
    length: Option<usize>,
) -> ObjRef {
    let data = TypedArrayData {
        kind,
        buffer,
        byte_offset,
        length,
    };
    vm.alloc_object(Some(proto), ObjectKind::TypedArray(Box::new(data)))
}

/// A new `%Kind%Array` of `len` elements (TypedArrayCreateSameType with the
/// intrinsic constructor, which runs no user code).
pub fn create_same_type(vm: &mut Vm, kind: ElementKind, len: usize) -> JsResult<ObjRef> {
    let proto = kind_prototype(vm, kind);
    allocate_with_proto(vm, kind, proto, len as u64)
}

/// The typed array constructors' [[Construct]] (23.2.5.1).
fn construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let kind = running_kind(vm);
    let first = arg(args, 0);
    // 4. No arguments, or a non-object: a length.
    let Value::Object(src) = first else {
        let len = match first {
            Value::Undefined => 0,
            v => {
                let n = vm.to_integer(v)?;
                if !(0.0..=9007199254740991.0).contains(&n) {
                    let shown = vm.to_rust_string(v)?;
                    return Err(vm.range_error(format!("Invalid typed array length: {shown}")));
                }
                n as u64
            }
        };
        return Ok(Value::Object(allocate(vm, kind, new_target, len)?));
    };
    // 5.a. AllocateTypedArray reads the prototype first.
    let proto = prototype_for(vm, kind, new_target)?;
    let made = match &vm.heap.obj(src).kind {
        ObjectKind::TypedArray(_) => from_typed_array(vm, kind, proto, src)?,
        ObjectKind::ArrayBuffer(_) => {
            from_buffer(vm, kind, proto, src, arg(args, 1), arg(args, 2))?
        }
        _ => {
            let key = PropertyKey::Symbol(vm.realm.symbol_iterator);
            let using = vm.get_method(first, key)?;
            match using {
                Some(m) => {
                    let values = iterate_with(vm, first, m)?;
                    from_list(vm, kind, proto, &values)?
                }
                None => from_array_like(vm, kind, proto, first)?,
            }
        }
    };
    Ok(Value::Object(made))
}

/// IteratorToList(GetIteratorFromMethod(v, method)).
fn iterate_with(vm: &mut Vm, v: Value, method: Value) -> JsResult<Vec<Value>> {
    let iter = vm.call(method, v, &[])?;
    if !matches!(iter, Value::Object(_)) {
        return Err(vm.type_error("Result of the Symbol.iterator method is not an object"));
    }
    let next = vm.get_named(iter, "next")?;
    let mut out = Vec::new();
    while let Some(x) = vm.iterator_step(iter, next)? {
        out.push(x);
    }
    Ok(out)
}

/// InitializeTypedArrayFromTypedArray (23.2.5.1.2)
fn from_typed_array(
    vm: &mut Vm,
    kind: ElementKind,
    proto: ObjRef,
    src: ObjRef,
) -> JsResult<ObjRef> {
    let Some(len) = typed_array_length(vm, src) else {
        return Err(detached_error(vm, "Construct"));
    };
    // 10. A BigInt array copies only from a BigInt array, and a Number one from a
    // Number one.
    if kind.is_bigint() != kind_of(vm, src).is_bigint() {
        return Err(content_type_mismatch(vm));
    }
    let o = allocate_with_proto(vm, kind, proto, len as u64)?;
    copy_elements(vm, src, 0, o, 0, len);
    Ok(o)
}

/// Copies `count` elements from typed array `src` (from `from`) to typed array
/// `dst` (at `to`), both known to be in bounds: byte for byte when the types match
/// (so NaN payloads survive), else converting each value.
pub fn copy_elements(vm: &mut Vm, src: ObjRef, from: usize, dst: ObjRef, to: usize, count: usize) {
    let s = typed_array_data(vm, src).expect("a typed array");
    let d = typed_array_data(vm, dst).expect("a typed array");
    let (skind, dkind) = (s.kind, d.kind);
    if skind == dkind {
        let size = skind.size();
        let start = s.byte_offset + from * size;
        let bytes = buffer(vm, s.buffer).bytes[start..start + count * size].to_vec();
        let at = d.byte_offset + to * size;
        let db = d.buffer;
        super::buffer_mut(vm, db).bytes[at..at + count * size].copy_from_slice(&bytes);
        return;
    }
    // Callers check that both have the same content type, so each value fits.
    let values: Vec<Numeric> = (0..count)
        .map(|k| get_element(vm, src, from + k).unwrap_or(Numeric::Number(f64::NAN)))
        .collect();
    for (k, n) in values.into_iter().enumerate() {
        put_element(vm, dst, to + k, n);
    }
}

/// InitializeTypedArrayFromArrayBuffer (23.2.5.1.3)
fn from_buffer(
    vm: &mut Vm,
    kind: ElementKind,
    proto: ObjRef,
    buf: ObjRef,
    byte_offset: Value,
    length: Value,
) -> JsResult<ObjRef> {
    let size = kind.size();
    let name = kind.name();
    // 2. Let offset be ? ToIndex(byteOffset).
    let offset = start_offset(vm, byte_offset)?;
    // 3. If offset modulo elementSize ≠ 0, throw a RangeError exception.
    if !offset.is_multiple_of(size as u64) {
        return Err(vm.range_error(format!(
            "start offset of {name} should be a multiple of {size}"
        )));
    }
    // 5. Let newLength be ? ToIndex(length), when present.
    let new_length = match length {
        Value::Undefined => None,
        v => {
            let n = vm.to_integer(v)?;
            if !(0.0..=9007199254740991.0).contains(&n) {
                let shown = number_to_string(n);
                return Err(vm.range_error(format!("Invalid typed array length: {shown}")));
            }
            Some(n as u64)
        }
    };
    // 6. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
    let b = buffer(vm, buf);
    if b.detached {
        return Err(detached_error(vm, "Construct"));
    }
    // 7. Let bufferByteLength be ArrayBufferByteLength(buffer).
    let buffer_len = b.bytes.len() as u64;
    let fixed = b.max_byte_length.is_none();
    let outside = |vm: &Vm| {
        vm.range_error(format!(
            "Start offset {offset} is outside the bounds of the buffer"
        ))
    };
    let length = match new_length {
        // 8. A length-tracking view of a resizable buffer.
        None if !fixed => {
            if offset > buffer_len {
                return Err(outside(vm));
            }
            None
        }
        // 9.a. The rest of a fixed-length buffer.
        None => {
            if !buffer_len.is_multiple_of(size as u64) {
                return Err(vm.range_error(format!(
                    "byte length of {name} should be a multiple of {size}"
                )));
            }
            if offset > buffer_len {
                return Err(outside(vm));
            }
            Some(((buffer_len - offset) / size as u64) as usize)
        }
        // 9.b. An explicit length that must fit.
        Some(n) => {
            if offset + n * size as u64 > buffer_len {
                return Err(vm.range_error(format!("Invalid typed array length: {n}")));
            }
            Some(n as usize)
        }
    };
    Ok(new_view(vm, kind, proto, buf, offset as usize, length))
}

/// InitializeTypedArrayFromList (23.2.5.1.4)
fn from_list(vm: &mut Vm, kind: ElementKind, proto: ObjRef, values: &[Value]) -> JsResult<ObjRef> {
    let o = allocate_with_proto(vm, kind, proto, values.len() as u64)?;
    for (k, &v) in values.iter().enumerate() {
        set_element(vm, o, k as f64, v)?;
    }
    Ok(o)
}

/// InitializeTypedArrayFromArrayLike (23.2.5.1.5)
fn from_array_like(vm: &mut Vm, kind: ElementKind, proto: ObjRef, src: Value) -> JsResult<ObjRef> {
    let len = vm.length_of(src)?;
    let o = allocate_with_proto(vm, kind, proto, len)?;
    for k in 0..len {
        let key = vm.index_key(k);
        let v = vm.get(src, key)?;
        set_element(vm, o, k as f64, v)?;
    }
    Ok(o)
}

/// TypedArraySetElement (10.4.5.16): converts `v` (always, even for an invalid
/// index), then stores it if `index` is valid afterwards.
pub fn set_element(vm: &mut Vm, o: ObjRef, index: f64, v: Value) -> JsResult<()> {
    let n = to_element_numeric(vm, kind_of(vm, o), v)?;
    if is_valid_index(vm, o, index) {
        put_element(vm, o, index as usize, n);
    }
    Ok(())
}

/// IsValidIntegerIndex (10.4.5.14)
pub fn is_valid_index(vm: &Vm, o: ObjRef, index: f64) -> bool {
    if index.fract() != 0.0 || (index == 0.0 && index.is_sign_negative()) || index < 0.0 {
        return false;
    }
    typed_array_length(vm, o).is_some_and(|len| index < len as f64)
}

/// CanonicalNumericIndexString (7.1.21) of a property key: the number an index key or
/// a canonical numeric string names (`"-0"`, `"1.5"`, `"Infinity"`), else `None`.
fn numeric_key(vm: &mut Vm, key: PropertyKey) -> Option<f64> {
    match key {
        PropertyKey::Index(i) => Some(i as f64),
        PropertyKey::String(atom) => {
            let s = vm.heap.atom_string(atom);
            let units = vm.heap.flatten(s);
            // Only `-`, a digit, `I` (Infinity) or `N` (NaN) can start a Number's string
            // form: other names are skipped cheaply.
            let first = *units.first()?;
            if !matches!(first, 0x2d | 0x30..=0x39 | 0x49 | 0x4e) {
                return None;
            }
            if units == [b'-' as u16, b'0' as u16] {
                return Some(-0.0);
            }
            let n = string_to_number(units);
            let canonical = number_to_string(n);
            canonical
                .encode_utf16()
                .eq(units.iter().copied())
                .then_some(n)
        }
        PropertyKey::Symbol(_) | PropertyKey::Private(_) => None,
    }
}

/// Whether `key` names an element typed array `o` does not have (a numeric key that
/// is not a valid index), for V8's "Invalid typed array index".
pub fn is_invalid_index_key(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> bool {
    typed_array_data(vm, o).is_some()
        && numeric_key(vm, key).is_some_and(|index| !is_valid_index(vm, o, index))
}

/// The element at a numeric key as a value, or undefined.
fn element_value(vm: &mut Vm, o: ObjRef, index: f64) -> Value {
    if !is_valid_index(vm, o, index) {
        return Value::Undefined;
    }
    match get_element(vm, o, index as usize) {
        Some(n) => numeric_value(vm, n),
        None => Value::Undefined,
    }
}

/// [[GetOwnProperty]] (10.4.5.1)
fn get_own_property(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<Option<Property>> {
    if let Some(index) = numeric_key(vm, key) {
        return Ok(match element_value(vm, o, index) {
            Value::Undefined => None,
            v => Some(Property::data(v, crate::runtime::object::DEFAULT_ATTRS)),
        });
    }
    Ok(vm.heap.obj(o).props.get(&key).copied())
}

/// [[HasProperty]] (10.4.5.2)
fn has_property(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
    if let Some(index) = numeric_key(vm, key) {
        return Ok(is_valid_index(vm, o, index));
    }
    if vm.heap.obj(o).props.contains_key(&key) {
        return Ok(true);
    }
    match vm.heap.obj(o).proto {
        Some(p) => vm.has_property(p, key),
        None => Ok(false),
    }
}

/// [[DefineOwnProperty]] (10.4.5.3)
fn define_own_property(
    vm: &mut Vm,
    o: ObjRef,
    key: PropertyKey,
    desc: Descriptor,
) -> JsResult<bool> {
    let Some(index) = numeric_key(vm, key) else {
        return ordinary_define_own_property(vm, o, key, desc);
    };
    // i-v. Only a valid index, as a writable, enumerable, configurable data property.
    if !is_valid_index(vm, o, index)
        || desc.configurable == Some(false)
        || desc.enumerable == Some(false)
        || desc.is_accessor()
        || desc.writable == Some(false)
    {
        return Ok(false);
    }
    // vi. If Desc has a [[Value]] field, perform ? TypedArraySetElement(O, index, value).
    if let Some(v) = desc.value {
        set_element(vm, o, index, v)?;
    }
    Ok(true)
}

/// [[Get]] (10.4.5.4)
fn get(vm: &mut Vm, o: ObjRef, key: PropertyKey, receiver: Value) -> JsResult<Value> {
    if let Some(index) = numeric_key(vm, key) {
        return Ok(element_value(vm, o, index));
    }
    // OrdinaryGet: the own property, else the prototype's [[Get]].
    match vm.heap.obj(o).props.get(&key).copied() {
        Some(p) => match p.slot {
            Slot::Data(v) => Ok(v),
            Slot::Accessor { get: Some(g), .. } => vm.call(Value::Object(g), receiver, &[]),
            Slot::Accessor { get: None, .. } => Ok(Value::Undefined),
        },
        None => match vm.heap.obj(o).proto {
            Some(p) => vm.get_from(p, key, receiver),
            None => Ok(Value::Undefined),
        },
    }
}

/// [[Set]] (10.4.5.5)
fn set(vm: &mut Vm, o: ObjRef, key: PropertyKey, value: Value, receiver: Value) -> JsResult<bool> {
    if let Some(index) = numeric_key(vm, key) {
        // i. Set on the typed array itself: TypedArraySetElement, always true.
        if receiver == Value::Object(o) {
            set_element(vm, o, index, value)?;
            return Ok(true);
        }
        // ii. Through a prototype: an invalid index is ignored.
        if !is_valid_index(vm, o, index) {
            return Ok(true);
        }
    }
    // OrdinarySet with the typed array's own descriptor.
    let own = get_own_property(vm, o, key)?;
    vm.ordinary_set_with_own(o, own, key, value, receiver)
}

/// [[Delete]] (10.4.5.6)
fn delete(vm: &mut Vm, o: ObjRef, key: PropertyKey) -> JsResult<bool> {
    if let Some(index) = numeric_key(vm, key) {
        return Ok(!is_valid_index(vm, o, index));
    }
    ordinary_delete(vm, o, key)
}

/// [[PreventExtensions]] (10.4.5.2): refused while the length can still change
/// (IsTypedArrayFixedLength is false: a length-tracking array, or one on a
/// resizable non-shared buffer).
fn prevent_extensions(vm: &mut Vm, o: ObjRef) -> JsResult<bool> {
    let t = typed_array_data(vm, o).expect("a typed array");
    let b = buffer(vm, t.buffer);
    if t.length.is_none() || (b.max_byte_length.is_some() && !b.shared) {
        return Ok(false);
    }
    vm.heap.obj_mut(o).extensible = false;
    Ok(true)
}

/// [[OwnPropertyKeys]] (10.4.5.7): the indices (none when out of bounds), then the
/// property map's strings and symbols.
fn own_property_keys(vm: &mut Vm, o: ObjRef) -> JsResult<Vec<PropertyKey>> {
    let len = typed_array_length(vm, o).unwrap_or(0);
    let mut keys: Vec<PropertyKey> = (0..len.min(u32::MAX as usize) as u32)
        .map(PropertyKey::Index)
        .collect();
    keys.extend(vm.heap.obj(o).own_keys());
    Ok(keys)
}

/// TypedArrayCreateFromConstructor (23.2.4.2): constructs with `args`, validates the
/// result and, for a length argument, checks it is long enough. `name` is the
/// method, for V8's messages.
pub fn create_from_constructor(
    vm: &mut Vm,
    c: Value,
    args: &[Value],
    name: &str,
) -> JsResult<ObjRef> {
    let made = vm.construct(c, args, c)?;
    let (o, len) = match made {
        Value::Object(o) if typed_array_data(vm, o).is_some() => match typed_array_length(vm, o) {
            Some(len) => (o, len),
            None => return Err(detached_error(vm, name)),
        },
        _ => return Err(incompatible(vm, name, made)),
    };
    if let [Value::Number(n)] = args
        && (len as f64) < *n
    {
        return Err(
            vm.type_error("Derived TypedArray constructor created an array which was too small")
        );
    }
    Ok(o)
}

/// TypedArraySpeciesCreate (23.2.4.1)
pub fn species_create(
    vm: &mut Vm,
    exemplar: ObjRef,
    args: &[Value],
    name: &str,
) -> JsResult<ObjRef> {
    let kind = kind_of(vm, exemplar);
    let default = kind_constructor(vm, kind);
    let c = crate::builtins::promise::species_constructor(vm, exemplar, default)?;
    // The intrinsic constructor with a plain length runs no user code.
    if c == default
        && let [Value::Number(n)] = args
    {
        return create_same_type(vm, kind, *n as usize);
    }
    let made = create_from_constructor(vm, c, args, name)?;
    // 4. The result's content type must be the exemplar's.
    if kind_of(vm, made).is_bigint() != kind.is_bigint() {
        return Err(content_type_mismatch(vm));
    }
    Ok(made)
}

/// The TypeError for a copy between a BigInt and a Number typed array (V8's
/// kBigIntMixedTypes, which it throws for these too).
pub fn content_type_mismatch(vm: &Vm) -> crate::vm::JsError {
    vm.type_error("Cannot mix BigInt and other types, use explicit conversions")
}

/// %TypedArray%.from (23.2.2.1)
fn from(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (source, map_fn, this_arg) = (arg(args, 0), arg(args, 1), arg(args, 2));
    // 1-2. C must be a constructor.
    if !vm.is_constructor(this) {
        let shown = crate::builtins::map_set::receiver_text(vm, this);
        return Err(vm.type_error(format!("{shown} is not a constructor")));
    }
    // 3-4. mapfn must be callable when present.
    let mapping = !map_fn.is_undefined();
    if mapping && !vm.is_callable(map_fn) {
        let shown = vm.describe_for_error(map_fn);
        return Err(vm.type_error(format!("{shown} is not a function")));
    }
    // 5-6. An iterable source is read to a list first; else it is array-like.
    let key = PropertyKey::Symbol(vm.realm.symbol_iterator);
    let using = vm.get_method(source, key)?;
    let (values, array_like) = match using {
        Some(m) => (iterate_with(vm, source, m)?, None),
        None => {
            let o = vm.to_object(source)?;
            (Vec::new(), Some(Value::Object(o)))
        }
    };
    let len = match array_like {
        Some(a) => vm.length_of(a)?,
        None => values.len() as u64,
    };
    let target =
        create_from_constructor(vm, this, &[Value::Number(len as f64)], "%TypedArray%.from")?;
    for k in 0..len {
        let v = match array_like {
            Some(a) => {
                let key = vm.index_key(k);
                vm.get(a, key)?
            }
            None => values[k as usize],
        };
        let v = if mapping {
            vm.call(map_fn, this_arg, &[v, Value::Number(k as f64)])?
        } else {
            v
        };
        let key = vm.index_key(k);
        vm.set(Value::Object(target), key, v, true)?;
    }
    Ok(Value::Object(target))
}

/// %TypedArray%.of (23.2.2.2)
fn of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if !vm.is_constructor(this) {
        return Err(incompatible(vm, "%TypedArray%.of", this));
    }
    let target = create_from_constructor(
        vm,
        this,
        &[Value::Number(args.len() as f64)],
        "%TypedArray%.of",
    )?;
    for (k, &v) in args.iter().enumerate() {
        vm.set(Value::Object(target), PropertyKey::Index(k as u32), v, true)?;
    }
    Ok(Value::Object(target))
}
