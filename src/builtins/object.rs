//! `Object` and `Object.prototype`.

use super::{arg, constructor, method};
use crate::runtime::object::PropertyKey;
use crate::runtime::{ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.object_prototype;
    let ctor = constructor(vm, "Object", 1, object_call, Some(object_construct), proto);
    method(vm, proto, "hasOwnProperty", 1, has_own_property);
    method(vm, proto, "toString", 0, to_string);
    method(vm, proto, "valueOf", 0, |vm, this, _| {
        Ok(Value::Object(vm.to_object(this)?))
    });
    method(vm, ctor, "keys", 1, keys);
    method(vm, ctor, "getPrototypeOf", 1, get_prototype_of);
}

fn object_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(Value::Object(vm.new_object()));
    }
    Ok(Value::Object(vm.to_object(v)?))
}

fn object_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let _ = new_target;
    object_call(vm, Value::Undefined, args)
}

fn has_own_property(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let key = vm.to_property_key(arg(args, 0))?;
    let o = vm.to_object(this)?;
    Ok(Value::Bool(vm.get_own_property(o, key).is_some()))
}

/// `Object.prototype.toString`: `[object Tag]`.
fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let tag = match this {
        Value::Undefined => "Undefined".to_string(),
        Value::Null => "Null".to_string(),
        _ => {
            let o = vm.to_object(this)?;
            let builtin = match &vm.heap.obj(o).kind {
                ObjectKind::Array(_) => "Array",
                ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => {
                    "Function"
                }
                ObjectKind::Error { .. } => "Error",
                ObjectKind::Boolean(_) => "Boolean",
                ObjectKind::Number(_) => "Number",
                ObjectKind::String(_) => "String",
                ObjectKind::Arguments => "Arguments",
                _ => "Object",
            };
            let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
            match vm.get(Value::Object(o), key)? {
                Value::String(s) => vm.heap.to_rust_string(s),
                _ => builtin.to_string(),
            }
        }
    };
    Ok(Value::String(vm.heap.alloc_str(&format!("[object {tag}]"))))
}

fn keys(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let mut out = Vec::new();
    for k in vm.own_keys(o) {
        if matches!(k, PropertyKey::Symbol(_)) {
            continue;
        }
        if vm.get_own_property(o, k).is_some_and(|p| p.enumerable()) {
            out.push(vm.key_to_value(k));
        }
    }
    Ok(Value::Object(vm.new_array(out)))
}

fn get_prototype_of(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    Ok(vm.heap.obj(o).proto.map_or(Value::Null, Value::Object))
}
