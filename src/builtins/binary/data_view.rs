//! `DataView` (25.3): reads and writes of any element type at any byte offset of a
//! buffer, in either byte order (GetViewValue and SetViewValue).

use super::{ElementKind, ViewData, buffer, detached_error, incompatible, start_offset, to_index};
use crate::builtins::{arg, constructor, getter, method};
use crate::runtime::object::{CONFIGURABLE, NativeFn, PropertyKey};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Ordinary);
    vm.realm.data_view_prototype = proto;
    constructor(
        vm,
        "DataView",
        1,
        |vm, _, _| Err(vm.type_error("Constructor DataView requires 'new'")),
        Some(construct),
        proto,
    );
    getter(vm, proto, "buffer", |vm, this, _| {
        let v = this_view(vm, this, "get DataView.prototype.buffer")?;
        Ok(Value::Object(view(vm, v).buffer))
    });
    getter(vm, proto, "byteLength", |vm, this, _| {
        const NAME: &str = "get DataView.prototype.byteLength";
        let v = this_view(vm, this, NAME)?;
        match view_length(vm, v) {
            Some(n) => Ok(Value::Number(n as f64)),
            None => Err(detached_error(vm, NAME)),
        }
    });
    getter(vm, proto, "byteOffset", |vm, this, _| {
        const NAME: &str = "get DataView.prototype.byteOffset";
        let v = this_view(vm, this, NAME)?;
        match view_length(vm, v) {
            Some(_) => Ok(Value::Number(view(vm, v).byte_offset as f64)),
            None => Err(detached_error(vm, NAME)),
        }
    });
    // V8's order: the older types' pairs, BigInt's, then Float16's.
    macro_rules! accessors {
        ($($get:literal $set:literal $kind:ident),* $(,)?) => {$(
            let get: NativeFn = |vm, this, args| view_access(vm, this, args, ElementKind::$kind, $get, false);
            let set: NativeFn = |vm, this, args| view_access(vm, this, args, ElementKind::$kind, $set, true);
            method(vm, proto, $get, 1, get);
            method(vm, proto, $set, 2, set);
        )*};
    }
    accessors!(
        "getInt8" "setInt8" Int8,
        "getUint8" "setUint8" Uint8,
        "getInt16" "setInt16" Int16,
        "getUint16" "setUint16" Uint16,
        "getInt32" "setInt32" Int32,
        "getUint32" "setUint32" Uint32,
        "getFloat32" "setFloat32" Float32,
        "getFloat64" "setFloat64" Float64,
        "getBigInt64" "setBigInt64" BigInt64,
        "getBigUint64" "setBigUint64" BigUint64,
        "getFloat16" "setFloat16" Float16,
    );
    let tag = vm.heap.alloc_str("DataView");
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_value(proto, key, Value::String(tag), CONFIGURABLE);
}

fn view(vm: &Vm, v: ObjRef) -> &ViewData {
    match &vm.heap.obj(v).kind {
        ObjectKind::DataView(d) => d,
        _ => unreachable!("checked by this_view"),
    }
}

/// RequireInternalSlot(this, [[DataView]]).
fn this_view(vm: &mut Vm, this: Value, name: &str) -> JsResult<ObjRef> {
    match this {
        Value::Object(o) if matches!(vm.heap.obj(o).kind, ObjectKind::DataView(_)) => Ok(o),
        _ => Err(incompatible(vm, name, this)),
    }
}

/// IsViewOutOfBounds and GetViewByteLength together: the view's byte length now, or
/// `None` when its buffer is detached or too short for it.
fn view_length(vm: &Vm, v: ObjRef) -> Option<usize> {
    let d = view(vm, v);
    let b = buffer(vm, d.buffer);
    if b.detached {
        return None;
    }
    let len = b.bytes.len();
    match d.byte_length {
        Some(n) if d.byte_offset + n <= len => Some(n),
        None if d.byte_offset <= len => Some(len - d.byte_offset),
        _ => None,
    }
}

/// `new DataView(buffer, byteOffset, byteLength)` (25.3.2.1)
fn construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "DataView constructor";
    // 2. RequireInternalSlot(buffer, [[ArrayBufferData]]).
    let b = match arg(args, 0) {
        Value::Object(o) if matches!(vm.heap.obj(o).kind, ObjectKind::ArrayBuffer(_)) => o,
        _ => {
            return Err(
                vm.type_error("First argument to DataView constructor must be an ArrayBuffer")
            );
        }
    };
    // 3. Let offset be ? ToIndex(byteOffset).
    let offset = start_offset(vm, arg(args, 1))?;
    // 4. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
    if buffer(vm, b).detached {
        return Err(detached_error(vm, NAME));
    }
    // 5-6. The offset must be inside the buffer.
    let check = |vm: &mut Vm, length: Option<u64>| -> JsResult<()> {
        let len = buffer(vm, b).bytes.len() as u64;
        if offset > len {
            return Err(vm.range_error(format!(
                "Start offset {offset} is outside the bounds of the buffer"
            )));
        }
        if let Some(n) = length
            && offset + n > len
        {
            return Err(vm.range_error(format!("Invalid DataView length {n}")));
        }
        Ok(())
    };
    check(vm, None)?;
    let fixed = buffer(vm, b).max_byte_length.is_none();
    // 8-9. The view's length: the rest of a fixed buffer, tracking for a resizable
    // one, or ? ToIndex(byteLength), which must fit.
    let explicit = match arg(args, 2) {
        Value::Undefined => None,
        v => {
            let n = to_index(vm, v, "Invalid DataView length")?;
            check(vm, Some(n))?;
            Some(n)
        }
    };
    let length = match explicit {
        None if fixed => Some(buffer(vm, b).bytes.len() as u64 - offset),
        other => other,
    };
    // 10. OrdinaryCreateFromConstructor may run code (a `prototype` getter)...
    let proto = vm.prototype_from_constructor(new_target, |r| r.data_view_prototype)?;
    // 11-14. ... which may have detached or shrunk the buffer.
    if buffer(vm, b).detached {
        return Err(detached_error(vm, NAME));
    }
    check(vm, explicit)?;
    let data = ViewData {
        buffer: b,
        byte_offset: offset as usize,
        byte_length: length.map(|n| n as usize),
    };
    Ok(Value::Object(vm.alloc_object(
        Some(proto),
        ObjectKind::DataView(Box::new(data)),
    )))
}

/// The byte position of an access of `size` bytes at `index` into view `v`, after
/// the view's bounds are checked (GetViewValue / SetViewValue steps 5-11).
fn position(vm: &Vm, v: ObjRef, index: u64, size: usize, name: &str) -> JsResult<usize> {
    let Some(len) = view_length(vm, v) else {
        return Err(detached_error(vm, name));
    };
    if index + size as u64 > len as u64 {
        return Err(vm.range_error("Offset is outside the bounds of the DataView"));
    }
    Ok(view(vm, v).byte_offset + index as usize)
}

/// GetViewValue (25.3.1.5) and, when `store` is true, SetViewValue (25.3.1.6):
/// the value read, or undefined after a store.
fn view_access(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    kind: ElementKind,
    method: &str,
    store: bool,
) -> JsResult<Value> {
    let name = format!("DataView.prototype.{method}");
    let v = this_view(vm, this, &name)?;
    let index = to_index(
        vm,
        arg(args, 0),
        "Offset is outside the bounds of the DataView",
    )?;
    // The value converts before the byte order and the bounds checks.
    let n = if store {
        Some(super::to_element_numeric(vm, kind, arg(args, 1))?)
    } else {
        None
    };
    let little = vm.to_boolean(arg(args, if store { 2 } else { 1 }));
    let at = position(vm, v, index, kind.size(), &name)?;
    let b = view(vm, v).buffer;
    let size = kind.size();
    Ok(match n {
        Some(n) => {
            let bytes = kind.encode(n, little);
            super::buffer_mut(vm, b).bytes[at..at + size].copy_from_slice(&bytes[..size]);
            Value::Undefined
        }
        None => {
            let n = kind.decode(&buffer(vm, b).bytes[at..at + size], little);
            super::numeric_value(vm, n)
        }
    })
}
