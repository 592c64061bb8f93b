//! Binary data: ArrayBuffer and SharedArrayBuffer (`array_buffer.rs`), DataView
//! (`data_view.rs`), %TypedArray% and its twelve constructors
//! (`typed_array.rs` for the objects and their exotic internal methods,
//! `typed_array_methods.rs` for the prototype), and Atomics (`atomics.rs`).
//!
//! A buffer's bytes live in a `Vec<u8>` in its cell; views (typed arrays and
//! DataViews) hold the buffer's handle and their window on it: an offset and a fixed
//! length, or no length when they track a resizable buffer's size. Every access
//! checks the window against the buffer's current length, so a view on a detached or
//! shrunk buffer sees what the spec's IsTypedArrayOutOfBounds and IsViewOutOfBounds
//! say.

mod array_buffer;
mod atomics;
mod data_view;
pub mod element;
pub(crate) mod typed_array;
mod typed_array_methods;

pub use array_buffer::buffer_from_bytes;
pub use element::{ElementKind, Numeric};

use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

/// The largest buffer jsloop allocates; V8's limit on 64-bit hosts is the same
/// (`kMaxByteLength`, 2^53 - 1) but it fails to allocate far below it, so a larger
/// request is the RangeError V8 gives for a failed allocation.
const MAX_ALLOCATION: u64 = 1 << 34;

/// `[[ArrayBufferData]]` and friends.
pub struct BufferData {
    /// The bytes; their count is `[[ArrayBufferByteLength]]` (0 once detached).
    pub bytes: Vec<u8>,
    /// `[[ArrayBufferMaxByteLength]]`: present for resizable (or growable shared)
    /// buffers.
    pub max_byte_length: Option<usize>,
    /// Set by `transfer` and `transferToFixedLength` (DetachArrayBuffer).
    pub detached: bool,
    /// A SharedArrayBuffer.
    pub shared: bool,
}

/// The internal slots of a typed array: `[[TypedArrayName]]` and
/// `[[ContentType]]` (from `kind`), `[[ViewedArrayBuffer]]`, `[[ByteOffset]]` and
/// `[[ArrayLength]]`.
pub struct TypedArrayData {
    pub kind: ElementKind,
    pub buffer: ObjRef,
    pub byte_offset: usize,
    /// `None` is the spec's ~auto~: the array tracks a resizable buffer's length.
    pub length: Option<usize>,
}

/// The internal slots of a DataView.
pub struct ViewData {
    pub buffer: ObjRef,
    pub byte_offset: usize,
    /// `None` is ~auto~: the view tracks a resizable buffer's length.
    pub byte_length: Option<usize>,
}

pub fn install(vm: &mut Vm) {
    array_buffer::install(vm);
    typed_array::install(vm);
    data_view::install(vm);
    atomics::install(vm);
}

/// The buffer data of `b`, which must be an ArrayBuffer (views only ever hold one).
#[inline]
pub fn buffer(vm: &Vm, b: ObjRef) -> &BufferData {
    match &vm.heap.obj(b).kind {
        ObjectKind::ArrayBuffer(d) => d,
        _ => unreachable!("a view's buffer is an ArrayBuffer"),
    }
}

#[inline]
pub fn buffer_mut(vm: &mut Vm, b: ObjRef) -> &mut BufferData {
    match &mut vm.heap.obj_mut(b).kind {
        ObjectKind::ArrayBuffer(d) => d,
        _ => unreachable!("a view's buffer is an ArrayBuffer"),
    }
}

/// The typed array data of `o`, if it is one.
#[inline]
pub fn typed_array_data(vm: &Vm, o: ObjRef) -> Option<&TypedArrayData> {
    match &vm.heap.obj(o).kind {
        ObjectKind::TypedArray(t) => Some(t),
        _ => None,
    }
}

/// IsTypedArrayOutOfBounds and TypedArrayLength together: the number of elements
/// `t` sees now, or `None` when its buffer is detached or too short for its window.
#[inline]
pub fn window_length(vm: &Vm, t: &TypedArrayData) -> Option<usize> {
    let b = buffer(vm, t.buffer);
    if b.detached {
        return None;
    }
    let len = b.bytes.len();
    let size = t.kind.size();
    match t.length {
        Some(n) if t.byte_offset + n * size <= len => Some(n),
        None if t.byte_offset <= len => Some((len - t.byte_offset) / size),
        _ => None,
    }
}

/// The length of typed array `o`, `None` when out of bounds (or not a typed array).
pub fn typed_array_length(vm: &Vm, o: ObjRef) -> Option<usize> {
    window_length(vm, typed_array_data(vm, o)?)
}

/// Element `index` of typed array `o` (TypedArrayGetElement), `None` when the index
/// is not valid now.
#[inline(always)]
pub fn get_element(vm: &Vm, o: ObjRef, index: usize) -> Option<Numeric> {
    let t = typed_array_data(vm, o)?;
    if index >= window_length(vm, t)? {
        return None;
    }
    let at = t.byte_offset + index * t.kind.size();
    Some(t.kind.read(&buffer(vm, t.buffer).bytes, at))
}

/// Stores `n` (already of the array's content type) into element `index` of typed
/// array `o` when the index is valid now (the store half of TypedArraySetElement);
/// false when it is not.
#[inline(always)]
pub fn put_element(vm: &mut Vm, o: ObjRef, index: usize, n: Numeric) -> bool {
    let Some(t) = typed_array_data(vm, o) else {
        return false;
    };
    if window_length(vm, t).is_none_or(|len| index >= len) {
        return false;
    }
    let (kind, b) = (t.kind, t.buffer);
    let at = t.byte_offset + index * kind.size();
    kind.write(&mut buffer_mut(vm, b).bytes, at, n);
    true
}

/// The interpreter's fast path for `o[n]`: the element when `o` is a typed array and
/// `n` a valid index, else `None` (the full [[Get]] then answers).
#[inline]
pub fn get_index(vm: &Vm, o: ObjRef, n: f64) -> Option<Value> {
    let i = n as usize;
    if i as f64 != n {
        return None;
    }
    match get_element(vm, o, i)? {
        Numeric::Number(x) => Some(Value::Number(x)),
        // A BigInt element needs a heap cell: the full [[Get]] makes it.
        Numeric::Big(_) => None,
    }
}

/// The interpreter's fast path for `o[n] = v`: stores a Number into a valid index of
/// a Number-typed array (no conversion can run code); false when the full [[Set]]
/// must (a BigInt array throws on a Number).
#[inline]
pub fn set_index(vm: &mut Vm, o: ObjRef, n: f64, v: Value) -> bool {
    let (i, Value::Number(x)) = (n as usize, v) else {
        return false;
    };
    i as f64 == n
        && typed_array_data(vm, o).is_some_and(|t| !t.kind.is_bigint())
        && put_element(vm, o, i, Numeric::Number(x))
}

/// An element's value as a JavaScript value (a BigInt element gets a heap cell).
pub fn numeric_value(vm: &mut Vm, n: Numeric) -> Value {
    match n {
        Numeric::Number(x) => Value::Number(x),
        Numeric::Big(x) => vm.new_bigint(num_bigint::BigInt::from(x)),
    }
}

/// The conversion a store into an element of `kind` makes: ToBigInt for the BigInt
/// content type (kept to its low 64 bits), ToNumber otherwise.
pub fn to_element_numeric(vm: &mut Vm, kind: ElementKind, v: Value) -> JsResult<Numeric> {
    if kind.is_bigint() {
        let b = vm.to_bigint(v)?;
        return Ok(Numeric::Big(
            element::bigint_low_bits(vm.heap.bigint(b)) as i128
        ));
    }
    Ok(Numeric::Number(match v {
        Value::Number(n) => n,
        v => vm.to_number(v)?,
    }))
}

/// ToIndex (7.1.22), with V8's RangeError `message` for a value out of range.
pub fn to_index(vm: &mut Vm, v: Value, message: &str) -> JsResult<u64> {
    if let Value::Undefined = v {
        return Ok(0);
    }
    let n = vm.to_integer(v)?;
    if !(0.0..=9007199254740991.0).contains(&n) {
        return Err(vm.range_error(message));
    }
    Ok(n as u64)
}

/// ToIndex of a view's `byteOffset` argument, with V8's RangeError naming it.
pub fn start_offset(vm: &mut Vm, v: Value) -> JsResult<u64> {
    let n = vm.to_integer(v)?;
    if !(0.0..=9007199254740991.0).contains(&n) {
        let shown = crate::runtime::number::number_to_string(n);
        return Err(vm.range_error(format!(
            "Start offset {shown} is outside the bounds of the buffer"
        )));
    }
    Ok(n as u64)
}

/// The "called on incompatible receiver" TypeError of method `name`.
pub fn incompatible(vm: &mut Vm, name: &str, this: Value) -> crate::vm::JsError {
    let shown = describe(vm, this);
    vm.type_error(format!(
        "Method {name} called on incompatible receiver {shown}"
    ))
}

/// How V8 shows `v` in messages: a typed array as `[object Uint8Array]` (its
/// @@toStringTag is a getter, which V8 calls for it), other values as usual.
pub fn describe(vm: &mut Vm, v: Value) -> String {
    match v {
        Value::Object(o) if let Some(t) = typed_array_data(vm, o) => {
            format!("[object {}]", t.kind.name())
        }
        _ => super::map_set::receiver_text(vm, v),
    }
}

/// V8's TypeError for `operation` on a detached (or out-of-bounds) buffer.
pub fn detached_error(vm: &Vm, operation: &str) -> crate::vm::JsError {
    vm.type_error(format!(
        "Cannot perform {operation} on a detached ArrayBuffer"
    ))
}
