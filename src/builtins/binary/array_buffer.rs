//! `ArrayBuffer` (25.1) and `SharedArrayBuffer` (25.2): construction with an optional
//! maximum length, `slice`, `resize`/`grow`, and `transfer` /
//! `transferToFixedLength`, which detach the source.

use super::{BufferData, MAX_ALLOCATION, buffer, detached_error, incompatible, to_index};
use crate::builtins::array::relative;
use crate::builtins::promise::species_constructor;
use crate::builtins::{arg, constructor, getter, method};
use crate::runtime::object::{CONFIGURABLE, PropertyKey};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    install_class::<false>(vm);
    install_class::<true>(vm);
}

/// The class name of a buffer, shared or not.
fn class_name(shared: bool) -> &'static str {
    if shared {
        "SharedArrayBuffer"
    } else {
        "ArrayBuffer"
    }
}

/// Installs %ArrayBuffer% (or %SharedArrayBuffer% when `SHARED`) and its prototype.
fn install_class<const SHARED: bool>(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    let name = class_name(SHARED);
    let ctor = constructor(
        vm,
        name,
        1,
        |vm, _, _| {
            let name = class_name(SHARED);
            Err(vm.type_error(format!("Constructor {name} requires 'new'")))
        },
        Some(|vm, nt, args| construct_buffer(vm, nt, args, SHARED)),
        proto,
    );
    if SHARED {
        vm.realm.shared_array_buffer_prototype = proto;
        vm.realm.shared_array_buffer_constructor = ctor;
    } else {
        vm.realm.array_buffer_prototype = proto;
        vm.realm.array_buffer_constructor = ctor;
        method(vm, ctor, "isView", 1, |vm, _, args| {
            Ok(Value::Bool(matches!(arg(args, 0), Value::Object(o)
                if matches!(vm.heap.obj(o).kind, ObjectKind::TypedArray(_) | ObjectKind::DataView(_)))))
        });
    }
    let species = vm.native_function("get [Symbol.species]", 0, |_, this, _| Ok(this));
    let key = PropertyKey::Symbol(vm.realm.symbol_species);
    vm.define_accessor(ctor, key, Some(species), None, CONFIGURABLE);

    // In V8's order of each prototype's keys.
    getter(vm, proto, "byteLength", |vm, this, _| {
        let b = this_buffer(vm, this, SHARED, "byteLength")?;
        Ok(Value::Number(buffer(vm, b).bytes.len() as f64))
    });
    method(vm, proto, "slice", 2, |vm, this, args| {
        slice(vm, this, args, SHARED)
    });
    getter(vm, proto, "maxByteLength", |vm, this, _| {
        let b = this_buffer(vm, this, SHARED, "maxByteLength")?;
        let d = buffer(vm, b);
        let n = if d.detached {
            0
        } else {
            d.max_byte_length.unwrap_or(d.bytes.len())
        };
        Ok(Value::Number(n as f64))
    });
    if SHARED {
        getter(vm, proto, "growable", |vm, this, _| {
            let b = this_buffer(vm, this, true, "growable")?;
            Ok(Value::Bool(buffer(vm, b).max_byte_length.is_some()))
        });
        method(vm, proto, "grow", 1, grow);
    } else {
        getter(vm, proto, "resizable", |vm, this, _| {
            let b = this_buffer(vm, this, false, "resizable")?;
            Ok(Value::Bool(buffer(vm, b).max_byte_length.is_some()))
        });
        method(vm, proto, "resize", 1, resize);
        method(vm, proto, "transfer", 0, |vm, this, args| {
            transfer(vm, this, args, true, "ArrayBuffer.prototype.transfer")
        });
        method(vm, proto, "transferToFixedLength", 0, |vm, this, args| {
            let name = "ArrayBuffer.prototype.transferToFixedLength";
            transfer(vm, this, args, false, name)
        });
        getter(vm, proto, "detached", |vm, this, _| {
            let b = this_buffer(vm, this, false, "detached")?;
            Ok(Value::Bool(buffer(vm, b).detached))
        });
    }
    let tag = vm.heap.alloc_str(name);
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_value(proto, key, Value::String(tag), CONFIGURABLE);
}

/// RequireInternalSlot(O, [[ArrayBufferData]]) plus IsSharedArrayBuffer(O) = `shared`,
/// for the getter `get {Class}.prototype.{getter}`.
fn this_buffer(vm: &mut Vm, this: Value, shared: bool, getter: &str) -> JsResult<ObjRef> {
    let name = format!("get {}.prototype.{getter}", class_name(shared));
    this_buffer_named(vm, this, shared, &name)
}

/// `this_buffer_named` for `resize` and `grow`, which also require a buffer made with a
/// `maxByteLength` (resizable, or growable when shared).
fn this_sizable_buffer(vm: &mut Vm, this: Value, shared: bool, name: &str) -> JsResult<ObjRef> {
    let o = this_buffer_named(vm, this, shared, name)?;
    if buffer(vm, o).max_byte_length.is_none() {
        return Err(incompatible(vm, name, this));
    }
    Ok(o)
}

/// RequireInternalSlot(O, [[ArrayBufferData]]) plus IsSharedArrayBuffer(O) = `shared`,
/// for method `name`.
fn this_buffer_named(vm: &mut Vm, this: Value, shared: bool, name: &str) -> JsResult<ObjRef> {
    if let Value::Object(o) = this
        && let ObjectKind::ArrayBuffer(b) = &vm.heap.obj(o).kind
        && b.shared == shared
    {
        return Ok(o);
    }
    Err(incompatible(vm, name, this))
}

/// `new ArrayBuffer(length, options)` and `new SharedArrayBuffer(length, options)`
/// (25.1.4.1, 25.2.3.1).
fn construct_buffer(
    vm: &mut Vm,
    new_target: Value,
    args: &[Value],
    shared: bool,
) -> JsResult<Value> {
    // 2. Let byteLength be ? ToIndex(length).
    let len = to_index(vm, arg(args, 0), "Invalid array buffer length")?;
    // 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
    let max = max_length_option(vm, arg(args, 1))?;
    // 4. Return ? AllocateArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
    let b = allocate_buffer(vm, new_target, len, max, shared)?;
    Ok(Value::Object(b))
}

/// GetArrayBufferMaxByteLengthOption (25.1.3.7)
fn max_length_option(vm: &mut Vm, options: Value) -> JsResult<Option<u64>> {
    if !matches!(options, Value::Object(_)) {
        return Ok(None);
    }
    let key = vm.key("maxByteLength");
    let max = vm.get(options, key)?;
    if max.is_undefined() {
        return Ok(None);
    }
    Ok(Some(to_index(vm, max, "Invalid array buffer max length")?))
}

/// AllocateArrayBuffer / AllocateSharedArrayBuffer: a zeroed buffer of `len` bytes
/// whose prototype comes from `new_target`.
pub fn allocate_buffer(
    vm: &mut Vm,
    new_target: Value,
    len: u64,
    max: Option<u64>,
    shared: bool,
) -> JsResult<ObjRef> {
    // A length past the maximum is refused before the prototype is read.
    // A maximum past what could ever be allocated is refused as V8 refuses it.
    if max.is_some_and(|m| len > m || m > MAX_ALLOCATION) {
        return Err(vm.range_error("Invalid array buffer max length"));
    }
    let proto = if shared {
        vm.prototype_from_constructor(new_target, |r| r.shared_array_buffer_prototype)?
    } else {
        vm.prototype_from_constructor(new_target, |r| r.array_buffer_prototype)?
    };
    if len > MAX_ALLOCATION {
        return Err(vm.range_error("Array buffer allocation failed"));
    }
    let data = BufferData {
        bytes: vec![0; len as usize],
        max_byte_length: max.map(|m| m as usize),
        detached: false,
        shared,
    };
    Ok(vm.alloc_object(Some(proto), ObjectKind::ArrayBuffer(Box::new(data))))
}

/// A new fixed-length ArrayBuffer of %ArrayBuffer% holding `bytes`.
pub fn buffer_from_bytes(vm: &mut Vm, bytes: Vec<u8>) -> ObjRef {
    let proto = vm.realm.array_buffer_prototype;
    let data = BufferData {
        bytes,
        max_byte_length: None,
        detached: false,
        shared: false,
    };
    vm.alloc_object(Some(proto), ObjectKind::ArrayBuffer(Box::new(data)))
}

/// ArrayBuffer.prototype.slice (25.1.6.7) and SharedArrayBuffer.prototype.slice
/// (25.2.5.6).
fn slice(vm: &mut Vm, this: Value, args: &[Value], shared: bool) -> JsResult<Value> {
    let name = &format!("{}.prototype.slice", class_name(shared));
    // 1-3. RequireInternalSlot; the sharedness must match.
    let o = this_buffer_named(vm, this, shared, name)?;
    // 4. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if buffer(vm, o).detached {
        return Err(detached_error(vm, name));
    }
    // 5-13. The byte range.
    let len = buffer(vm, o).bytes.len();
    let first = relative(vm, arg(args, 0), len as u64, 0)? as usize;
    let end = relative(vm, arg(args, 1), len as u64, len as u64)? as usize;
    // 14. Let newLen be max(final - first, 0).
    let new_len = end.saturating_sub(first);
    // 15. Let ctor be ? SpeciesConstructor(O, %ArrayBuffer%).
    let default = if shared {
        vm.realm.shared_array_buffer_constructor
    } else {
        vm.realm.array_buffer_constructor
    };
    let ctor = species_constructor(vm, o, Value::Object(default))?;
    // 16. Let new be ? Construct(ctor, « 𝔽(newLen) »).
    let new = vm.construct(ctor, &[Value::Number(new_len as f64)], ctor)?;
    // 17-18. It must be a buffer of the same sharedness, not detached.
    let Value::Object(n) = new else {
        return Err(incompatible(vm, name, new));
    };
    match &vm.heap.obj(n).kind {
        ObjectKind::ArrayBuffer(b) if b.shared == shared => {
            if b.detached {
                return Err(detached_error(vm, name));
            }
        }
        _ => return Err(incompatible(vm, name, new)),
    }
    // 19. If SameValue(new, O) is true, throw a TypeError exception.
    let class = class_name(shared);
    if n == o {
        return Err(vm.type_error(format!(
            "{class} subclass returned this from species constructor"
        )));
    }
    // 20. If new.[[ArrayBufferByteLength]] < newLen, throw a TypeError exception.
    if buffer(vm, n).bytes.len() < new_len {
        return Err(vm.type_error(format!(
            "Derived {class} constructor created a buffer which was too small"
        )));
    }
    // 22. The species constructor may have detached O.
    if buffer(vm, o).detached {
        return Err(detached_error(vm, name));
    }
    // 23-25. Copy what is still there (O may have shrunk).
    let current = buffer(vm, o).bytes.len();
    if first < current {
        let count = new_len.min(current - first);
        let bytes = buffer(vm, o).bytes[first..first + count].to_vec();
        super::buffer_mut(vm, n).bytes[..count].copy_from_slice(&bytes);
    }
    Ok(new)
}

/// ArrayBuffer.prototype.resize (25.1.6.6)
fn resize(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "ArrayBuffer.prototype.resize";
    // 1-3. A resizable, non-shared ArrayBuffer.
    let o = this_sizable_buffer(vm, this, false, NAME)?;
    // 4. Let newByteLength be ? ToIndex(newLength).
    let new_len = to_index(
        vm,
        arg(args, 0),
        &format!("{NAME}: Invalid length parameter"),
    )?;
    // 5. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if buffer(vm, o).detached {
        return Err(detached_error(vm, NAME));
    }
    // 6. If newByteLength > O.[[ArrayBufferMaxByteLength]], throw a RangeError.
    if buffer(vm, o)
        .max_byte_length
        .is_none_or(|m| new_len > m as u64)
    {
        return Err(vm.range_error(format!("{NAME}: Invalid length parameter")));
    }
    // 7-10. Bytes past the old length read as zero.
    super::buffer_mut(vm, o).bytes.resize(new_len as usize, 0);
    Ok(Value::Undefined)
}

/// SharedArrayBuffer.prototype.grow (25.2.5.3): growable buffers only get longer.
fn grow(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "SharedArrayBuffer.prototype.grow";
    let o = this_sizable_buffer(vm, this, true, NAME)?;
    let new_len = to_index(
        vm,
        arg(args, 0),
        &format!("{NAME}: Invalid length parameter"),
    )?;
    let b = buffer(vm, o);
    if b.max_byte_length.is_none_or(|m| new_len > m as u64) || (new_len as usize) < b.bytes.len() {
        return Err(vm.range_error(format!("{NAME}: Invalid length parameter")));
    }
    super::buffer_mut(vm, o).bytes.resize(new_len as usize, 0);
    Ok(Value::Undefined)
}

/// ArrayBufferCopyAndDetach (25.1.3.3): `transfer` keeps resizability
/// (`preserve`), `transferToFixedLength` does not.
fn transfer(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    preserve: bool,
    name: &str,
) -> JsResult<Value> {
    // 1-2. A non-shared ArrayBuffer.
    let o = this_buffer_named(vm, this, false, name)?;
    // 3. The new length: the current one, or ? ToIndex(newLength).
    let new_len = match arg(args, 0) {
        Value::Undefined => buffer(vm, o).bytes.len() as u64,
        v => to_index(vm, v, "Invalid array buffer length")?,
    };
    // 4. If IsDetachedBuffer(arrayBuffer) is true, throw a TypeError exception.
    if buffer(vm, o).detached {
        return Err(detached_error(vm, name));
    }
    // 5. The new maximum, when resizability is preserved.
    let max = if preserve {
        buffer(vm, o).max_byte_length.map(|m| m as u64)
    } else {
        None
    };
    if max.is_some_and(|m| new_len > m) {
        return Err(vm.range_error(format!("{name}: Invalid length parameter")));
    }
    if new_len > MAX_ALLOCATION {
        return Err(vm.range_error("Array buffer allocation failed"));
    }
    // 7-9. The bytes move to the new buffer (cut or zero-extended), and the source
    // is detached: its length is 0 from now on.
    let source = super::buffer_mut(vm, o);
    let mut bytes = std::mem::take(&mut source.bytes);
    source.detached = true;
    bytes.resize(new_len as usize, 0);
    let n = buffer_from_bytes(vm, bytes);
    super::buffer_mut(vm, n).max_byte_length = max.map(|m| m as usize);
    Ok(Value::Object(n))
}
