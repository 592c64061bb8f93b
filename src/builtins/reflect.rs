//! `Reflect`: the object internal methods as functions.

use super::object::{from_property_descriptor, to_property_descriptor};
use super::{arg, hide_from_stacks, iterator::tag, method};
use crate::runtime::object::METHOD_ATTRS;
use crate::runtime::{ObjRef, Value};
use crate::vm::{JsError, JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let reflect = vm.new_object();
    let global = vm.realm.global;
    vm.define_named(global, "Reflect", Value::Object(reflect), METHOD_ATTRS);
    method(vm, reflect, "defineProperty", 3, define_property);
    method(vm, reflect, "deleteProperty", 2, delete_property);
    // Like `Function.prototype.apply`, these leave no frame in V8.
    let apply = method(vm, reflect, "apply", 3, apply);
    hide_from_stacks(vm, apply);
    let construct = method(vm, reflect, "construct", 2, construct);
    hide_from_stacks(vm, construct);
    method(vm, reflect, "get", 2, get);
    method(
        vm,
        reflect,
        "getOwnPropertyDescriptor",
        2,
        get_own_property_descriptor,
    );
    method(vm, reflect, "getPrototypeOf", 1, get_prototype_of);
    method(vm, reflect, "has", 2, has);
    method(vm, reflect, "isExtensible", 1, is_extensible);
    method(vm, reflect, "ownKeys", 1, own_keys);
    method(vm, reflect, "preventExtensions", 1, prevent_extensions);
    method(vm, reflect, "set", 3, set);
    method(vm, reflect, "setPrototypeOf", 2, set_prototype_of);
    tag(vm, reflect, "Reflect");
}

/// The target argument, which every Reflect function requires to be an object.
fn target(vm: &mut Vm, args: &[Value], name: &str) -> JsResult<ObjRef> {
    match arg(args, 0) {
        Value::Object(o) => Ok(o),
        _ => Err(vm.type_error(format!("Reflect.{name} called on non-object"))),
    }
}

fn define_property(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "defineProperty")?;
    let key = vm.to_property_key(arg(args, 1))?;
    let desc = to_property_descriptor(vm, arg(args, 2))?;
    Ok(Value::Bool(vm.define_own_property(o, key, desc)?))
}

fn delete_property(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "deleteProperty")?;
    let key = vm.to_property_key(arg(args, 1))?;
    Ok(Value::Bool(vm.delete_property(o, key)?))
}

fn apply(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    if !vm.is_callable(f) {
        return Err(apply_non_function(vm, f));
    }
    let list = vm.array_like_to_vec(arg(args, 2))?;
    vm.call(f, arg(args, 1), &list)
}

/// V8's error for applying `f`, which is not callable (kApplyNonFunction), from
/// `Reflect.apply` and `Function.prototype.apply` alike.
pub(crate) fn apply_non_function(vm: &mut Vm, f: Value) -> JsError {
    let shown = vm.no_side_effects_text(f);
    // V8 names the type with an article, "a undefined" included.
    let ty = match f {
        Value::Null => "null".to_string(),
        Value::Object(_) => "an object".to_string(),
        _ => format!("a {}", vm.type_of(f)),
    };
    vm.type_error(format!(
        "Function.prototype.apply was called on {shown}, which is {ty} and not a function"
    ))
}

fn construct(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    let new_target = if args.len() > 2 { args[2] } else { f };
    for c in [f, new_target] {
        if !vm.is_constructor(c) {
            let shown = vm.no_side_effects_text(c);
            return Err(vm.type_error(format!("{shown} is not a constructor")));
        }
    }
    let list = vm.array_like_to_vec(arg(args, 1))?;
    vm.construct(f, &list, new_target)
}

fn get(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "get")?;
    let key = vm.to_property_key(arg(args, 1))?;
    let receiver = if args.len() > 2 {
        args[2]
    } else {
        Value::Object(o)
    };
    vm.get_from(o, key, receiver)
}

fn get_own_property_descriptor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "getOwnPropertyDescriptor")?;
    let key = vm.to_property_key(arg(args, 1))?;
    let p = vm.get_own_property(o, key)?;
    from_property_descriptor(vm, p)
}

fn get_prototype_of(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "getPrototypeOf")?;
    Ok(vm.get_prototype_of(o)?.map_or(Value::Null, Value::Object))
}

fn has(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "has")?;
    let key = vm.to_property_key(arg(args, 1))?;
    Ok(Value::Bool(vm.has_property(o, key)?))
}

fn is_extensible(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "isExtensible")?;
    Ok(Value::Bool(vm.is_extensible(o)?))
}

fn own_keys(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "ownKeys")?;
    let keys = vm.own_keys(o)?;
    let values = keys.into_iter().map(|k| vm.key_to_value(k)).collect();
    Ok(Value::Object(vm.new_array(values)))
}

fn prevent_extensions(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "preventExtensions")?;
    Ok(Value::Bool(vm.prevent_extensions(o)?))
}

fn set(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "set")?;
    let key = vm.to_property_key(arg(args, 1))?;
    let receiver = if args.len() > 3 {
        args[3]
    } else {
        Value::Object(o)
    };
    Ok(Value::Bool(vm.set_on(o, key, arg(args, 2), receiver)?))
}

/// [[SetPrototypeOf]]: false (not an error) when the object is not extensible or the
/// chain would become a cycle.
fn set_prototype_of(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "setPrototypeOf")?;
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        other => {
            let shown = vm.to_rust_string(other)?;
            return Err(vm.type_error(format!(
                "Object prototype may only be an Object or null: {shown}"
            )));
        }
    };
    // %Object.prototype% is an immutable prototype exotic object (10.4.7).
    if o == vm.realm.object_prototype {
        return Ok(Value::Bool(vm.heap.obj(o).proto == proto));
    }
    Ok(Value::Bool(vm.set_prototype_of(o, proto)?))
}
