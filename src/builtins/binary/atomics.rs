//! The `Atomics` object (25.4). jsloop runs one agent: there are no workers, so every
//! operation is trivially atomic and `notify` never finds a waiter.
//!
//! `Atomics.wait` blocks, as it does on Node's main thread (Node's agents have
//! [[CanBlock]] true, unlike a browser's main thread): with no other agent to call
//! `notify`, a wait on a matching value lasts its whole timeout (jumped over under
//! virtual time, like a timer) and answers "timed-out"; an endless one lasts until
//! the run is interrupted, as Node's would.

use super::element::bigint_low_bits;
use super::typed_array::validate;
use super::{
    ElementKind, Numeric, buffer, buffer_mut, detached_error, numeric_value, to_index,
    typed_array_data,
};
use crate::builtins::{arg, method};
use crate::runtime::object::{CONFIGURABLE, METHOD_ATTRS, PropertyKey};
use crate::runtime::{ObjRef, Value};
use crate::vm::{JsResult, Vm};

/// AtomicReadModifyWrite (25.4.3.17) for each `name => op(old, value)`: stores
/// `op`'s result converted to the element type, returns the old value.
macro_rules! read_modify_write {
    ($vm:ident, $atomics:ident, $($name:literal => $op:expr),* $(,)?) => {$(
        method($vm, $atomics, $name, 3, |vm, _, args| {
            let (o, at, kind) = access(vm, args, concat!("Atomics.", $name))?;
            let (v, _) = operand(vm, kind, arg(args, 2))?;
            revalidate(vm, o, at, kind)?;
            let old = read(vm, o, at, kind);
            // On the element's integers, so the result wraps as the bytes do.
            let op: fn(i64, i64) -> i64 = $op;
            let result = op(as_i64(old), as_i64(kind.coerce(v)));
            let result = if kind.is_bigint() {
                Numeric::Big(result as i128)
            } else {
                Numeric::Number(result as f64)
            };
            write(vm, o, at, kind, result);
            Ok(numeric_value(vm, old))
        });
    )*};
}

pub fn install(vm: &mut Vm) {
    let atomics = vm.new_object();
    let global = vm.realm.global;
    vm.define_named(global, "Atomics", Value::Object(atomics), METHOD_ATTRS);
    method(vm, atomics, "load", 2, |vm, _, args| {
        let (o, at, kind) = access(vm, args, "Atomics.load")?;
        revalidate(vm, o, at, kind)?;
        let old = read(vm, o, at, kind);
        Ok(numeric_value(vm, old))
    });
    method(vm, atomics, "store", 3, |vm, _, args| {
        let (o, at, kind) = access(vm, args, "Atomics.store")?;
        let (v, shown) = operand(vm, kind, arg(args, 2))?;
        revalidate(vm, o, at, kind)?;
        write(vm, o, at, kind, v);
        Ok(shown)
    });
    read_modify_write!(vm, atomics,
        "add" => |old, v| old.wrapping_add(v),
        "sub" => |old, v| old.wrapping_sub(v),
        "and" => |old, v| old & v,
        "or" => |old, v| old | v,
        "xor" => |old, v| old ^ v,
        "exchange" => |_, v| v,
    );
    method(vm, atomics, "compareExchange", 4, |vm, _, args| {
        let (o, at, kind) = access(vm, args, "Atomics.compareExchange")?;
        let (expected, _) = operand(vm, kind, arg(args, 2))?;
        let (replacement, _) = operand(vm, kind, arg(args, 3))?;
        revalidate(vm, o, at, kind)?;
        let old = read(vm, o, at, kind);
        // The comparison is of the bytes `expected` converts to.
        if kind.coerce(expected) == old {
            write(vm, o, at, kind, replacement);
        }
        Ok(numeric_value(vm, old))
    });
    method(vm, atomics, "isLockFree", 1, |vm, _, args| {
        // V8 on x64: 1, 2, 4 and 8 bytes are lock-free.
        let n = vm.to_integer(arg(args, 0))?;
        Ok(Value::Bool([1.0, 2.0, 4.0, 8.0].contains(&n)))
    });
    method(vm, atomics, "wait", 4, wait);
    method(vm, atomics, "notify", 3, notify);
    method(vm, atomics, "pause", 0, |vm, _, args| {
        match arg(args, 0) {
            Value::Undefined => {}
            Value::Number(n) if n.fract() == 0.0 => {}
            _ => {
                return Err(vm.type_error("Atomics.pause argument must be undefined or an integer"));
            }
        }
        Ok(Value::Undefined)
    });
    let tag = vm.heap.alloc_str("Atomics");
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_value(atomics, key, Value::String(tag), CONFIGURABLE);
}

/// ValidateIntegerTypedArray (25.4.3.1): a typed array in bounds whose type Atomics
/// works on (`waitable`: Int32 only, the one Number type `wait` accepts).
fn integer_typed_array(
    vm: &mut Vm,
    v: Value,
    waitable: bool,
    name: &str,
) -> JsResult<(ObjRef, usize, ElementKind)> {
    let what = if waitable {
        "an int32 or BigInt64"
    } else {
        "an integer"
    };
    if !matches!(v, Value::Object(o) if typed_array_data(vm, o).is_some()) {
        let shown = match v {
            Value::Object(o) if vm.heap.obj(o).is_array() => "[object Array]".to_string(),
            Value::Object(_) => "[object Object]".to_string(),
            _ => super::describe(vm, v),
        };
        return Err(vm.type_error(format!("{shown} is not {what} typed array.")));
    }
    let (o, len) = validate(vm, v, name)?;
    let kind = typed_array_data(vm, o).expect("validated").kind;
    let ok = if waitable {
        matches!(kind, ElementKind::Int32 | ElementKind::BigInt64)
    } else {
        kind.is_atomic()
    };
    if !ok {
        return Err(vm.type_error(format!(
            "[object {}] is not {what} typed array.",
            kind.name()
        )));
    }
    Ok((o, len, kind))
}

/// ValidateAtomicAccess (25.4.3.2): the element index, below the length.
fn atomic_index(vm: &mut Vm, v: Value, len: usize) -> JsResult<usize> {
    let i = to_index(vm, v, "Invalid atomic access index")?;
    if i >= len as u64 {
        return Err(vm.range_error("Invalid atomic access index"));
    }
    Ok(i as usize)
}

/// ValidateAtomicAccessOnIntegerTypedArray: the array, the element index and the
/// element type.
fn access(vm: &mut Vm, args: &[Value], name: &str) -> JsResult<(ObjRef, usize, ElementKind)> {
    let (o, len, kind) = integer_typed_array(vm, arg(args, 0), false, name)?;
    let i = atomic_index(vm, arg(args, 1), len)?;
    Ok((o, i, kind))
}

/// RevalidateAtomicAccess (25.4.3.3): the conversions of the operands may have
/// detached or shrunk the buffer.
fn revalidate(vm: &mut Vm, o: ObjRef, index: usize, _kind: ElementKind) -> JsResult<()> {
    match super::typed_array_length(vm, o) {
        None => Err(detached_error(vm, "Atomics operation")),
        Some(len) if index >= len => Err(vm.range_error("Invalid atomic access index")),
        Some(_) => Ok(()),
    }
}

/// An operand converted for an element of `kind` (ToBigInt for the BigInt content
/// type, ToIntegerOrInfinity otherwise), with the value `store` answers: the
/// converted operand before it is cut to the element's width.
fn operand(vm: &mut Vm, kind: ElementKind, v: Value) -> JsResult<(Numeric, Value)> {
    if kind.is_bigint() {
        let b = vm.to_bigint(v)?;
        let bits = bigint_low_bits(vm.heap.bigint(b));
        return Ok((Numeric::Big(bits as i128), Value::BigInt(b)));
    }
    let n = vm.to_integer(v)?;
    Ok((Numeric::Number(n), Value::Number(n)))
}

/// An element value (already of the element's type) as a 64-bit integer.
fn as_i64(n: Numeric) -> i64 {
    match n {
        Numeric::Number(x) => x as i64,
        Numeric::Big(x) => x as i64,
    }
}

fn read(vm: &Vm, o: ObjRef, index: usize, kind: ElementKind) -> Numeric {
    let t = typed_array_data(vm, o).expect("validated");
    let at = t.byte_offset + index * kind.size();
    kind.decode(&buffer(vm, t.buffer).bytes[at..at + kind.size()], true)
}

fn write(vm: &mut Vm, o: ObjRef, index: usize, kind: ElementKind, n: Numeric) {
    let t = typed_array_data(vm, o).expect("validated");
    let (at, b) = (t.byte_offset + index * kind.size(), t.buffer);
    let bytes = kind.encode(n, true);
    buffer_mut(vm, b).bytes[at..at + kind.size()].copy_from_slice(&bytes[..kind.size()]);
}

/// Whether typed array `o` views a SharedArrayBuffer.
fn is_shared(vm: &Vm, o: ObjRef) -> bool {
    let t = typed_array_data(vm, o).expect("validated");
    buffer(vm, t.buffer).shared
}

/// Atomics.wait (25.4.13) through DoWait (25.4.3.14) in sync mode.
fn wait(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, len, kind) = integer_typed_array(vm, arg(args, 0), true, "Atomics.wait")?;
    // 4. The buffer must be shared.
    if !is_shared(vm, o) {
        return Err(vm.type_error(format!(
            "[object {}] is not a shared typed array.",
            kind.name()
        )));
    }
    let i = atomic_index(vm, arg(args, 1), len)?;
    // 6-7. ToBigInt64 for a BigInt64Array, else ToInt32.
    let v = if kind.is_bigint() {
        let b = vm.to_bigint(arg(args, 2))?;
        Numeric::Big(bigint_low_bits(vm.heap.bigint(b)) as i64 as i128)
    } else {
        Numeric::Number(vm.to_int32(arg(args, 2))? as f64)
    };
    // 9-13. The timeout: NaN and +Infinity wait forever, negatives not at all.
    let q = vm.to_number(arg(args, 3))?;
    let t = if q.is_nan() {
        f64::INFINITY
    } else {
        q.max(0.0)
    };
    // 19-20. A different value returns at once.
    if read(vm, o, i, kind) != v {
        return Ok(Value::String(vm.heap.alloc_str("not-equal")));
    }
    if t.is_finite() {
        let due = vm.event_loop.clock.now() + t;
        vm.event_loop.clock.wait_until(due);
    } else {
        // Nothing can notify: wait until the run is interrupted (or hits its step
        // limit), sleeping in slices so that is seen.
        loop {
            vm.step()?;
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    Ok(Value::String(vm.heap.alloc_str("timed-out")))
}

/// Atomics.notify (25.4.15): no agent ever waits, so no one is woken.
fn notify(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (_, len, _) = integer_typed_array(vm, arg(args, 0), true, "Atomics.notify")?;
    atomic_index(vm, arg(args, 1), len)?;
    if !arg(args, 2).is_undefined() {
        vm.to_integer(arg(args, 2))?;
    }
    Ok(Value::Number(0.0))
}
