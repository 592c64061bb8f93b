//! `Array` and `Array.prototype`.

use super::{arg, constructor, method, symbol_method};
use crate::runtime::object::{ArrayData, ArrayIteratorData, IterKind, PropertyKey};
use crate::runtime::{ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(
        Some(object_prototype),
        ObjectKind::Array(ArrayData {
            elements: Vec::new(),
            length: 0,
        }),
    );
    vm.realm.array_prototype = proto;
    let ctor = constructor(vm, "Array", 1, array_call, Some(array_construct), proto);
    method(vm, ctor, "isArray", 1, is_array);
    method(vm, proto, "push", 1, push);
    method(vm, proto, "join", 1, join);
    method(vm, proto, "keys", 0, |vm, this, _| {
        iterator(vm, this, IterKind::Keys)
    });
    method(vm, proto, "entries", 0, |vm, this, _| {
        iterator(vm, this, IterKind::Entries)
    });
    let values = method(vm, proto, "values", 0, |vm, this, _| {
        iterator(vm, this, IterKind::Values)
    });
    vm.realm.array_values = values;
    let key = PropertyKey::Symbol(vm.realm.symbol_iterator);
    vm.define_value(
        proto,
        key,
        Value::Object(values),
        crate::runtime::object::METHOD_ATTRS,
    );
    let _ = symbol_method;
}

fn array_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    array_construct(vm, Value::Undefined, args)
}

/// `new Array(len)` / `new Array(a, b, ...)`
fn array_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let proto = vm.prototype_from_constructor(new_target, |r| r.array_prototype)?;
    let data = match args {
        [Value::Number(n)] => {
            let len = *n as u32;
            if len as f64 != *n {
                return Err(vm.range_error("Invalid array length"));
            }
            let dense = if len <= 1 << 20 { len as usize } else { 0 };
            ArrayData {
                elements: vec![Value::Empty; dense],
                length: len,
            }
        }
        _ => ArrayData {
            elements: args.to_vec(),
            length: args.len() as u32,
        },
    };
    Ok(Value::Object(
        vm.alloc_object(Some(proto), ObjectKind::Array(data)),
    ))
}

fn is_array(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Object(o) if vm.heap.obj(o).is_array()),
    ))
}

fn push(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if let Value::Object(o) = this {
        let obj = vm.heap.obj_mut(o);
        if let (true, Some(a)) = (obj.extensible, obj.array_mut()) {
            if a.elements.len() == a.length as usize {
                a.elements.extend_from_slice(args);
                a.length = a.elements.len() as u32;
                return Ok(Value::Number(a.length as f64));
            }
        }
    }
    let o = vm.to_object(this)?;
    let mut len = vm.length_of(Value::Object(o))?;
    for &v in args {
        let key = vm.index_key(len);
        vm.set(Value::Object(o), key, v, true)?;
        len += 1;
    }
    let key = vm.key("length");
    vm.set(Value::Object(o), key, Value::Number(len as f64), true)?;
    Ok(Value::Number(len as f64))
}

fn join(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let len = vm.length_of(Value::Object(o))?;
    let sep = match arg(args, 0) {
        Value::Undefined => vec![b',' as u16],
        v => {
            let s = vm.to_string(v)?;
            vm.heap.flatten(s).to_vec()
        }
    };
    let mut out: Vec<u16> = Vec::new();
    for i in 0..len {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let key = vm.index_key(i);
        let v = vm.get(Value::Object(o), key)?;
        if !v.is_nullish() {
            let s = vm.to_string(v)?;
            out.extend_from_slice(vm.heap.flatten(s));
        }
    }
    Ok(Value::String(vm.heap.alloc_units(out)))
}

/// CreateArrayIterator
fn iterator(vm: &mut Vm, this: Value, kind: IterKind) -> JsResult<Value> {
    let target = vm.to_object(this)?;
    let proto = vm.realm.array_iterator_prototype;
    let it = vm.alloc_object(
        Some(proto),
        ObjectKind::ArrayIterator(ArrayIteratorData {
            target: Some(target),
            next: 0,
            kind,
        }),
    );
    Ok(Value::Object(it))
}
