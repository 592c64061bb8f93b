//! The methods of %TypedArray.prototype% (23.2.3). Each starts with
//! ValidateTypedArray and reads elements through TypedArrayGetElement, so a callback
//! that detaches or shrinks the buffer makes later reads undefined (and writes no-ops)
//! instead of touching memory the array no longer sees.

use super::typed_array::{
    copy_elements, create_same_type, is_valid_index, kind_of, set_element, species_create, validate,
};
use super::{
    Numeric, buffer, buffer_mut, detached_error, get_element, incompatible, numeric_value,
    to_element_numeric, typed_array_data, typed_array_length,
};
use crate::builtins::array::{not_callable, sort_items};
use crate::builtins::{arg, method};
use crate::runtime::object::{ArrayIteratorData, IterKind, METHOD_ATTRS, PropertyKey};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm, proto: ObjRef) {
    method(vm, proto, "entries", 0, |vm, this, _| {
        iterator(
            vm,
            this,
            IterKind::Entries,
            "%TypedArray%.prototype.entries",
        )
    });
    method(vm, proto, "keys", 0, |vm, this, _| {
        iterator(vm, this, IterKind::Keys, "%TypedArray%.prototype.keys")
    });
    method(vm, proto, "values", 0, |vm, this, _| {
        iterator(vm, this, IterKind::Values, "%TypedArray%.prototype.values")
    });
    method(vm, proto, "at", 1, at);
    method(vm, proto, "copyWithin", 2, copy_within);
    method(vm, proto, "every", 1, |vm, this, args| {
        let found = search(
            vm,
            this,
            args,
            "%TypedArray%.prototype.every",
            false,
            Some(false),
        )?;
        Ok(Value::Bool(found.is_none()))
    });
    method(vm, proto, "fill", 1, fill);
    method(vm, proto, "filter", 1, filter);
    method(vm, proto, "find", 1, |vm, this, args| {
        let found = search(
            vm,
            this,
            args,
            "%TypedArray%.prototype.find",
            false,
            Some(true),
        )?;
        Ok(found.map_or(Value::Undefined, |(_, v)| v))
    });
    method(vm, proto, "findIndex", 1, |vm, this, args| {
        let found = search(
            vm,
            this,
            args,
            "%TypedArray%.prototype.findIndex",
            false,
            Some(true),
        )?;
        Ok(Value::Number(found.map_or(-1.0, |(k, _)| k as f64)))
    });
    method(vm, proto, "findLast", 1, |vm, this, args| {
        let found = search(
            vm,
            this,
            args,
            "%TypedArray%.prototype.findLast",
            true,
            Some(true),
        )?;
        Ok(found.map_or(Value::Undefined, |(_, v)| v))
    });
    method(vm, proto, "findLastIndex", 1, |vm, this, args| {
        let found = search(
            vm,
            this,
            args,
            "%TypedArray%.prototype.findLastIndex",
            true,
            Some(true),
        )?;
        Ok(Value::Number(found.map_or(-1.0, |(k, _)| k as f64)))
    });
    method(vm, proto, "forEach", 1, |vm, this, args| {
        search(
            vm,
            this,
            args,
            "%TypedArray%.prototype.forEach",
            false,
            None,
        )
        .map(|_| Value::Undefined)
    });
    method(vm, proto, "includes", 1, includes);
    method(vm, proto, "indexOf", 1, index_of);
    method(vm, proto, "join", 1, join);
    method(vm, proto, "lastIndexOf", 1, last_index_of);
    method(vm, proto, "map", 1, map);
    method(vm, proto, "reverse", 0, reverse);
    method(vm, proto, "reduce", 1, |vm, this, args| {
        reduce(vm, this, args, false)
    });
    method(vm, proto, "reduceRight", 1, |vm, this, args| {
        reduce(vm, this, args, true)
    });
    method(vm, proto, "set", 1, set);
    method(vm, proto, "slice", 2, slice);
    method(vm, proto, "some", 1, |vm, this, args| {
        let found = search(
            vm,
            this,
            args,
            "%TypedArray%.prototype.some",
            false,
            Some(true),
        )?;
        Ok(Value::Bool(found.is_some()))
    });
    method(vm, proto, "sort", 1, sort);
    method(vm, proto, "subarray", 2, subarray);
    method(vm, proto, "toReversed", 0, to_reversed);
    method(vm, proto, "toSorted", 1, to_sorted);
    method(vm, proto, "with", 2, with);
    method(vm, proto, "toLocaleString", 0, to_locale_string);
    // 23.2.3.32: the same function object as Array.prototype.toString.
    let array_proto = Value::Object(vm.realm.array_prototype);
    let to_string = vm
        .get_named(array_proto, "toString")
        .unwrap_or(Value::Undefined);
    vm.define_named(proto, "toString", to_string, METHOD_ATTRS);
}

/// Element `k` of `o` as a value: undefined when the index is no longer valid.
fn elem(vm: &mut Vm, o: ObjRef, k: usize) -> Value {
    match get_element(vm, o, k) {
        Some(n) => numeric_value(vm, n),
        None => Value::Undefined,
    }
}

/// IsStrictlyEqual(target, element) without making the element a value: a BigInt
/// element equals only a BigInt target, a Number element only a Number target.
fn strictly_equals(vm: &Vm, target: Value, n: Numeric) -> bool {
    match (target, n) {
        (Value::Number(t), Numeric::Number(x)) => t == x,
        (Value::BigInt(b), Numeric::Big(x)) => *vm.heap.bigint(b) == num_bigint::BigInt::from(x),
        _ => false,
    }
}

/// A relative index argument resolved against `len`, `default` when undefined.
fn relative(vm: &mut Vm, v: Value, len: usize, default: usize) -> JsResult<usize> {
    Ok(crate::builtins::array::relative(vm, v, len as u64, default as u64)? as usize)
}

/// The callback argument, which must be callable.
fn callback(vm: &mut Vm, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    if vm.is_callable(f) {
        Ok(f)
    } else {
        Err(not_callable(vm, f))
    }
}

/// CreateArrayIterator over a validated typed array.
fn iterator(vm: &mut Vm, this: Value, kind: IterKind, name: &str) -> JsResult<Value> {
    let (o, _) = validate(vm, this, name)?;
    let proto = vm.realm.array_iterator_prototype;
    let it = vm.alloc_object(
        Some(proto),
        ObjectKind::ArrayIterator(ArrayIteratorData {
            target: Some(o),
            next: 0,
            kind,
        }),
    );
    Ok(Value::Object(it))
}

/// %TypedArray%.prototype.at (23.2.3.1)
fn at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.at")?;
    let rel = vm.to_integer(arg(args, 0))?;
    let k = if rel >= 0.0 { rel } else { len as f64 + rel };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::Undefined);
    }
    Ok(elem(vm, o, k as usize))
}

/// %TypedArray%.prototype.copyWithin (23.2.3.6)
fn copy_within(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.copyWithin";
    let (o, len) = validate(vm, this, NAME)?;
    let to = relative(vm, arg(args, 0), len, 0)?;
    let from = relative(vm, arg(args, 1), len, 0)?;
    let end = relative(vm, arg(args, 2), len, len)?;
    let count = end.saturating_sub(from).min(len - to);
    if count == 0 {
        return Ok(Value::Object(o));
    }
    // 17.a-b. The conversions may have detached or shrunk the buffer.
    let Some(len) = typed_array_length(vm, o) else {
        return Err(detached_error(vm, NAME));
    };
    let t = typed_array_data(vm, o).expect("validated");
    let size = t.kind.size();
    let (offset, b) = (t.byte_offset, t.buffer);
    let limit = len * size + offset;
    let (to_byte, from_byte, count_bytes) =
        (to * size + offset, from * size + offset, count * size);
    // 17.l-m. Bytes are copied one at a time while both indices are below the limit:
    // forwards that is a prefix, backwards (overlapping to the right) all or nothing.
    let n = if from_byte < to_byte && to_byte < from_byte + count_bytes {
        if from_byte + count_bytes <= limit && to_byte + count_bytes <= limit {
            count_bytes
        } else {
            0
        }
    } else {
        count_bytes
            .min(limit.saturating_sub(from_byte))
            .min(limit.saturating_sub(to_byte))
    };
    buffer_mut(vm, b)
        .bytes
        .copy_within(from_byte..from_byte + n, to_byte);
    Ok(Value::Object(o))
}

/// The loop of every, find, findIndex, findLast, findLastIndex, forEach and some:
/// calls the predicate on each element (from the end when `backwards`); stops at the
/// first element whose result converts to `stop_at` (never when `None`) and returns
/// its index and value.
fn search(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    name: &str,
    backwards: bool,
    stop_at: Option<bool>,
) -> JsResult<Option<(usize, Value)>> {
    let (o, len) = validate(vm, this, name)?;
    let f = callback(vm, args)?;
    let this_arg = arg(args, 1);
    for i in 0..len {
        let k = if backwards { len - 1 - i } else { i };
        let v = elem(vm, o, k);
        let r = vm.call(f, this_arg, &[v, Value::Number(k as f64), Value::Object(o)])?;
        if stop_at == Some(vm.to_boolean(r)) {
            return Ok(Some((k, v)));
        }
    }
    Ok(None)
}

/// %TypedArray%.prototype.fill (23.2.3.9)
fn fill(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.fill";
    let (o, len) = validate(vm, this, NAME)?;
    // 4-5. ToBigInt for a BigInt array, else ToNumber.
    let n = to_element_numeric(vm, kind_of(vm, o), arg(args, 0))?;
    let start = relative(vm, arg(args, 1), len, 0)?;
    let end = relative(vm, arg(args, 2), len, len)?;
    // 15-18. Revalidate: the conversions may have detached or shrunk the buffer.
    let Some(len) = typed_array_length(vm, o) else {
        return Err(detached_error(vm, NAME));
    };
    let t = typed_array_data(vm, o).expect("validated");
    let (kind, b, offset) = (t.kind, t.buffer, t.byte_offset);
    let size = kind.size();
    let bytes = kind.encode(n, true);
    let data = &mut buffer_mut(vm, b).bytes;
    for k in start..end.min(len) {
        data[offset + k * size..offset + (k + 1) * size].copy_from_slice(&bytes[..size]);
    }
    Ok(Value::Object(o))
}

/// %TypedArray%.prototype.filter (23.2.3.10)
fn filter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.filter";
    let (o, len) = validate(vm, this, NAME)?;
    let f = callback(vm, args)?;
    let this_arg = arg(args, 1);
    let mut kept = Vec::new();
    for k in 0..len {
        let v = elem(vm, o, k);
        let r = vm.call(f, this_arg, &[v, Value::Number(k as f64), Value::Object(o)])?;
        if vm.to_boolean(r) {
            kept.push(v);
        }
    }
    let a = species_create(vm, o, &[Value::Number(kept.len() as f64)], NAME)?;
    for (n, v) in kept.into_iter().enumerate() {
        vm.set(Value::Object(a), PropertyKey::Index(n as u32), v, true)?;
    }
    Ok(Value::Object(a))
}

/// The start index of includes and indexOf: `None` when the search is empty.
fn from_index(vm: &mut Vm, v: Value, len: usize) -> JsResult<Option<usize>> {
    let n = vm.to_integer(v)?;
    if n == f64::INFINITY {
        return Ok(None);
    }
    Ok(Some(if n >= 0.0 {
        n as usize
    } else {
        (len as f64 + n).max(0.0) as usize
    }))
}

/// %TypedArray%.prototype.includes (23.2.3.16)
fn includes(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.includes")?;
    if len == 0 {
        return Ok(Value::Bool(false));
    }
    let Some(start) = from_index(vm, arg(args, 1), len)? else {
        return Ok(Value::Bool(false));
    };
    let target = arg(args, 0);
    for k in start..len {
        let v = elem(vm, o, k);
        if vm.same_value_zero(target, v) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// %TypedArray%.prototype.indexOf (23.2.3.17)
fn index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.indexOf")?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let Some(start) = from_index(vm, arg(args, 1), len)? else {
        return Ok(Value::Number(-1.0));
    };
    let target = arg(args, 0);
    for k in start..len {
        // Only present (still valid) elements are compared.
        if let Some(n) = get_element(vm, o, k)
            && strictly_equals(vm, target, n)
        {
            return Ok(Value::Number(k as f64));
        }
    }
    Ok(Value::Number(-1.0))
}

/// %TypedArray%.prototype.lastIndexOf (23.2.3.20)
fn last_index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.lastIndexOf")?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let n = if args.len() > 1 {
        vm.to_integer(args[1])?
    } else {
        len as f64 - 1.0
    };
    if n == f64::NEG_INFINITY {
        return Ok(Value::Number(-1.0));
    }
    let start = if n >= 0.0 {
        n.min(len as f64 - 1.0)
    } else {
        len as f64 + n
    };
    if start < 0.0 {
        return Ok(Value::Number(-1.0));
    }
    let target = arg(args, 0);
    for k in (0..=start as usize).rev() {
        if let Some(n) = get_element(vm, o, k)
            && strictly_equals(vm, target, n)
        {
            return Ok(Value::Number(k as f64));
        }
    }
    Ok(Value::Number(-1.0))
}

/// %TypedArray%.prototype.join (23.2.3.18)
fn join(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.join")?;
    let sep: Vec<u16> = match arg(args, 0) {
        Value::Undefined => vec![b',' as u16],
        v => {
            let s = vm.to_string(v)?;
            vm.heap.flatten(s).to_vec()
        }
    };
    let mut out: Vec<u16> = Vec::new();
    for k in 0..len {
        if k > 0 {
            vm.append_units(&mut out, &sep)?;
        }
        // An element no longer there joins as the empty string.
        if let Some(n) = get_element(vm, o, k) {
            let text: Vec<u16> = n.to_js_string().encode_utf16().collect();
            vm.append_units(&mut out, &text)?;
        }
    }
    vm.new_string(out)
}

/// %TypedArray%.prototype.map (23.2.3.21)
fn map(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.map";
    let (o, len) = validate(vm, this, NAME)?;
    let f = callback(vm, args)?;
    let this_arg = arg(args, 1);
    let a = species_create(vm, o, &[Value::Number(len as f64)], NAME)?;
    for k in 0..len {
        let v = elem(vm, o, k);
        let mapped = vm.call(f, this_arg, &[v, Value::Number(k as f64), Value::Object(o)])?;
        let key = vm.index_key(k as u64);
        vm.set(Value::Object(a), key, mapped, true)?;
    }
    Ok(Value::Object(a))
}

/// %TypedArray%.prototype.reduce and reduceRight (23.2.3.22-23)
fn reduce(vm: &mut Vm, this: Value, args: &[Value], right: bool) -> JsResult<Value> {
    let name = if right {
        "%TypedArray%.prototype.reduceRight"
    } else {
        "%TypedArray%.prototype.reduce"
    };
    let (o, len) = validate(vm, this, name)?;
    let f = callback(vm, args)?;
    let index = |i: usize| if right { len - 1 - i } else { i };
    let (mut acc, first) = match args.get(1) {
        Some(&v) => (v, 0),
        None if len == 0 => {
            return Err(vm.type_error("Reduce of empty array with no initial value"));
        }
        None => (elem(vm, o, index(0)), 1),
    };
    for i in first..len {
        let k = index(i);
        let v = elem(vm, o, k);
        acc = vm.call(
            f,
            Value::Undefined,
            &[acc, v, Value::Number(k as f64), Value::Object(o)],
        )?;
    }
    Ok(acc)
}

/// %TypedArray%.prototype.reverse (23.2.3.24): swaps elements in place.
fn reverse(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.reverse")?;
    let t = typed_array_data(vm, o).expect("validated");
    let (size, offset, b) = (t.kind.size(), t.byte_offset, t.buffer);
    let bytes = &mut buffer_mut(vm, b).bytes[offset..offset + len * size];
    for (lower, upper) in (0..len / 2).map(|k| (k, len - 1 - k)) {
        for i in 0..size {
            bytes.swap(lower * size + i, upper * size + i);
        }
    }
    Ok(Value::Object(o))
}

/// %TypedArray%.prototype.set (23.2.3.26)
fn set(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.set";
    // 2-3. RequireInternalSlot(target, [[TypedArrayName]]).
    let target = match this {
        Value::Object(o) if typed_array_data(vm, o).is_some() => o,
        _ => return Err(vm.type_error("this is not a typed array.")),
    };
    // 4-5. Let targetOffset be ? ToIntegerOrInfinity(offset); negative is refused.
    let offset = vm.to_integer(arg(args, 1))?;
    if offset < 0.0 {
        return Err(vm.range_error("offset is out of bounds"));
    }
    let source = arg(args, 0);
    // SetTypedArrayFromTypedArray / SetTypedArrayFromArrayLike: the target first.
    let Some(target_len) = typed_array_length(vm, target) else {
        return Err(detached_error(vm, NAME));
    };
    if let Value::Object(src) = source
        && typed_array_data(vm, src).is_some()
    {
        let Some(src_len) = typed_array_length(vm, src) else {
            return Err(detached_error(vm, NAME));
        };
        if offset == f64::INFINITY || src_len as f64 + offset > target_len as f64 {
            return Err(vm.range_error("offset is out of bounds"));
        }
        // 15. The content types must match.
        if kind_of(vm, src).is_bigint() != kind_of(vm, target).is_bigint() {
            return Err(super::typed_array::content_type_mismatch(vm));
        }
        // The source is read in full before anything is written, so overlapping
        // windows on one buffer copy as if from a clone.
        copy_elements(vm, src, 0, target, offset as usize, src_len);
        return Ok(Value::Undefined);
    }
    let src = vm.to_object(source)?;
    let src_len = vm.length_of(Value::Object(src))?;
    if offset == f64::INFINITY || src_len as f64 + offset > target_len as f64 {
        return Err(vm.range_error("offset is out of bounds"));
    }
    for k in 0..src_len {
        let key = vm.index_key(k);
        let v = vm.get(Value::Object(src), key)?;
        set_element(vm, target, offset + k as f64, v)?;
    }
    Ok(Value::Undefined)
}

/// %TypedArray%.prototype.slice (23.2.3.27)
fn slice(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.slice";
    let (o, len) = validate(vm, this, NAME)?;
    let start = relative(vm, arg(args, 0), len, 0)?;
    let end = relative(vm, arg(args, 1), len, len)?;
    let count = end.saturating_sub(start);
    let a = species_create(vm, o, &[Value::Number(count as f64)], NAME)?;
    if count > 0 {
        // 14.a-c. The species constructor may have detached or shrunk the source.
        let Some(len) = typed_array_length(vm, o) else {
            return Err(detached_error(vm, NAME));
        };
        let end = end.min(len);
        let count = end.saturating_sub(start);
        if kind_of(vm, o) == kind_of(vm, a) {
            // Byte for byte, as far as the result reaches.
            let s = typed_array_data(vm, o).expect("validated");
            let d = typed_array_data(vm, a).expect("created");
            let size = s.kind.size();
            let from = s.byte_offset + start * size;
            let room = buffer(vm, d.buffer)
                .bytes
                .len()
                .saturating_sub(d.byte_offset);
            let n = (count * size).min(room);
            let bytes = buffer(vm, s.buffer).bytes[from..from + n].to_vec();
            let (db, at) = (d.buffer, d.byte_offset);
            buffer_mut(vm, db).bytes[at..at + n].copy_from_slice(&bytes);
        } else {
            for (n, k) in (start..end).enumerate() {
                let v = elem(vm, o, k);
                vm.set(Value::Object(a), PropertyKey::Index(n as u32), v, true)?;
            }
        }
    }
    Ok(Value::Object(a))
}

/// The comparator argument of sort and toSorted.
fn comparator(vm: &mut Vm, args: &[Value]) -> JsResult<Value> {
    let c = arg(args, 0);
    if !c.is_undefined() && !vm.is_callable(c) {
        let shown = vm.describe_for_error(c);
        return Err(vm.type_error(format!(
            "The comparison function must be either a function or undefined: {shown}"
        )));
    }
    Ok(c)
}

/// SortIndexedProperties with the typed-array SortCompare: the first `len`
/// elements of `o`, sorted by `cmp`, or numerically (-0 before +0, NaN last).
fn sorted(vm: &mut Vm, o: ObjRef, len: usize, cmp: Value) -> JsResult<Vec<Value>> {
    if cmp.is_undefined() && kind_of(vm, o).is_bigint() {
        let mut items: Vec<i128> = (0..len)
            .filter_map(|k| match get_element(vm, o, k) {
                Some(Numeric::Big(x)) => Some(x),
                _ => None,
            })
            .collect();
        items.sort_unstable();
        return Ok(items
            .into_iter()
            .map(|x| numeric_value(vm, Numeric::Big(x)))
            .collect());
    }
    if cmp.is_undefined() {
        let mut items: Vec<f64> = (0..len)
            .map(|k| get_element(vm, o, k).map_or(f64::NAN, Numeric::number))
            .collect();
        items.sort_by(|a, b| a.total_cmp(b));
        // total_cmp orders negative NaNs first; the spec puts every NaN last.
        items.sort_by_key(|n| n.is_nan());
        return Ok(items.into_iter().map(Value::Number).collect());
    }
    let items = (0..len).map(|k| elem(vm, o, k)).collect();
    sort_items(vm, cmp, items)
}

/// %TypedArray%.prototype.sort (23.2.3.29)
fn sort(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let cmp = comparator(vm, args)?;
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.sort")?;
    let values = sorted(vm, o, len, cmp)?;
    for (k, v) in values.into_iter().enumerate() {
        set_element(vm, o, k as f64, v)?;
    }
    Ok(Value::Object(o))
}

/// %TypedArray%.prototype.subarray (23.2.3.30): a new view on the same buffer.
fn subarray(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.subarray";
    let o = match this {
        Value::Object(o) if typed_array_data(vm, o).is_some() => o,
        _ => return Err(incompatible(vm, NAME, this)),
    };
    let src_len = typed_array_length(vm, o).unwrap_or(0);
    let start = relative(vm, arg(args, 0), src_len, 0)?;
    let end_arg = arg(args, 1);
    let end = relative(vm, end_arg, src_len, src_len)?;
    let t = typed_array_data(vm, o).expect("checked");
    let (b, tracking) = (t.buffer, t.length.is_none());
    let begin_byte = t.byte_offset + start * t.kind.size();
    let mut new_args = vec![Value::Object(b), Value::Number(begin_byte as f64)];
    // A length-tracking array gives a length-tracking view when no end is given.
    if !(tracking && end_arg.is_undefined()) {
        new_args.push(Value::Number(end.saturating_sub(start) as f64));
    }
    Ok(Value::Object(species_create(vm, o, &new_args, NAME)?))
}

/// %TypedArray%.prototype.toLocaleString (23.2.3.31): Array.prototype's algorithm
/// on a validated typed array.
fn to_locale_string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    validate(vm, this, "%TypedArray%.prototype.toLocaleString")?;
    crate::builtins::array::to_locale_string(vm, this, args)
}

/// %TypedArray%.prototype.toReversed (23.2.3.33)
fn to_reversed(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.toReversed")?;
    let a = create_same_type(vm, kind_of(vm, o), len)?;
    for k in 0..len {
        let v = elem(vm, o, len - 1 - k);
        set_element(vm, a, k as f64, v)?;
    }
    Ok(Value::Object(a))
}

/// %TypedArray%.prototype.toSorted (23.2.3.34)
fn to_sorted(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let cmp = comparator(vm, args)?;
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.toSorted")?;
    let a = create_same_type(vm, kind_of(vm, o), len)?;
    let values = sorted(vm, o, len, cmp)?;
    for (k, v) in values.into_iter().enumerate() {
        set_element(vm, a, k as f64, v)?;
    }
    Ok(Value::Object(a))
}

/// %TypedArray%.prototype.with (23.2.3.36)
fn with(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate(vm, this, "%TypedArray%.prototype.with")?;
    let rel = vm.to_integer(arg(args, 0))?;
    let actual = if rel >= 0.0 { rel } else { len as f64 + rel };
    // 7-8. ToBigInt for a BigInt array, else ToNumber: a primitive, so storing it
    // below converts again without running code.
    let value = if kind_of(vm, o).is_bigint() {
        Value::BigInt(vm.to_bigint(arg(args, 1))?)
    } else {
        Value::Number(vm.to_number(arg(args, 1))?)
    };
    if !is_valid_index(vm, o, actual) {
        return Err(vm.range_error("Invalid typed array index"));
    }
    let a = create_same_type(vm, kind_of(vm, o), len)?;
    for k in 0..len {
        let v = if k as f64 == actual {
            value
        } else {
            elem(vm, o, k)
        };
        set_element(vm, a, k as f64, v)?;
    }
    Ok(Value::Object(a))
}
