//! `Number` and `Number.prototype`.

use super::{constructor, method};
use crate::runtime::{ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Number(0.0));
    vm.realm.number_prototype = proto;
    constructor(vm, "Number", 1, number_call, Some(number_construct), proto);
    method(vm, proto, "toString", 1, to_string);
    method(vm, proto, "valueOf", 0, |vm, this, _| {
        Ok(Value::Number(this_number(vm, this)?))
    });
}

fn number_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(match args.first() {
        None => 0.0,
        Some(&v) => vm.to_number(v)?,
    }))
}

fn number_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let n = match args.first() {
        None => 0.0,
        Some(&v) => vm.to_number(v)?,
    };
    let proto = vm.prototype_from_constructor(new_target, |r| r.number_prototype)?;
    Ok(Value::Object(
        vm.alloc_object(Some(proto), ObjectKind::Number(n)),
    ))
}

/// thisNumberValue
pub fn this_number(vm: &mut Vm, this: Value) -> JsResult<f64> {
    match this {
        Value::Number(n) => Ok(n),
        Value::Object(o) => match vm.heap.obj(o).kind {
            ObjectKind::Number(n) => Ok(n),
            _ => Err(vm.type_error("Number.prototype.valueOf requires that 'this' be a Number")),
        },
        _ => Err(vm.type_error("Number.prototype.valueOf requires that 'this' be a Number")),
    }
}

fn to_string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let n = this_number(vm, this)?;
    let radix = match args.first() {
        None | Some(Value::Undefined) => 10,
        Some(&r) => vm.to_integer(r)? as i64,
    };
    if !(2..=36).contains(&radix) {
        return Err(vm.range_error("toString() radix must be between 2 and 36"));
    }
    let text = if radix == 10 {
        crate::runtime::number::number_to_string(n)
    } else {
        crate::runtime::number::number_to_radix_string(n, radix as u32)
    };
    Ok(Value::String(vm.heap.alloc_str(&text)))
}
