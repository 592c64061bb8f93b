//! `Boolean` and `Boolean.prototype`.

use super::{constructor, method};
use crate::runtime::{ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::Boolean(false));
    vm.realm.boolean_prototype = proto;
    constructor(
        vm,
        "Boolean",
        1,
        |vm, _, args| Ok(Value::Bool(args.first().is_some_and(|&v| vm.to_boolean(v)))),
        Some(boolean_construct),
        proto,
    );
    method(vm, proto, "toString", 0, |vm, this, _| {
        let b = this_boolean(vm, this)?;
        Ok(Value::String(vm.heap.alloc_str(if b {
            "true"
        } else {
            "false"
        })))
    });
    method(vm, proto, "valueOf", 0, |vm, this, _| {
        Ok(Value::Bool(this_boolean(vm, this)?))
    });
}

fn boolean_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let b = args.first().is_some_and(|&v| vm.to_boolean(v));
    let proto = vm.prototype_from_constructor(new_target, |r| r.boolean_prototype)?;
    Ok(Value::Object(
        vm.alloc_object(Some(proto), ObjectKind::Boolean(b)),
    ))
}

/// thisBooleanValue
fn this_boolean(vm: &mut Vm, this: Value) -> JsResult<bool> {
    match this {
        Value::Bool(b) => Ok(b),
        Value::Object(o) => match vm.heap.obj(o).kind {
            ObjectKind::Boolean(b) => Ok(b),
            _ => Err(vm.type_error("Boolean.prototype.valueOf requires that 'this' be a Boolean")),
        },
        _ => Err(vm.type_error("Boolean.prototype.valueOf requires that 'this' be a Boolean")),
    }
}
