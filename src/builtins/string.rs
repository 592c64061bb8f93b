//! `String` and `String.prototype`.

use super::{arg, constructor, symbol_method};
use crate::runtime::{ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let object_prototype = vm.realm.object_prototype;
    let empty = vm.heap.alloc_str("");
    let proto = vm.alloc_object(Some(object_prototype), ObjectKind::String(empty));
    vm.realm.string_prototype = proto;
    constructor(vm, "String", 1, string_call, Some(string_construct), proto);
    let sym = vm.realm.symbol_iterator;
    symbol_method(vm, proto, sym, "[Symbol.iterator]", 0, iterator);
}

fn string_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(match args.first() {
        None => Value::String(vm.heap.alloc_str("")),
        Some(Value::Symbol(s)) => {
            let text = vm.symbol_descriptive_string(*s);
            Value::String(vm.heap.alloc_str(&text))
        }
        Some(&v) => Value::String(vm.to_string(v)?),
    })
}

fn string_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let s = match args.first() {
        None => vm.heap.alloc_str(""),
        Some(&v) => vm.to_string(v)?,
    };
    let proto = vm.prototype_from_constructor(new_target, |r| r.string_prototype)?;
    Ok(Value::Object(
        vm.alloc_object(Some(proto), ObjectKind::String(s)),
    ))
}

/// `String.prototype[Symbol.iterator]`: iterates code points.
fn iterator(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(vm.type_error("String.prototype[Symbol.iterator] called on null or undefined"));
    }
    let string = vm.to_string(this)?;
    let proto = vm.realm.string_iterator_prototype;
    let _ = arg;
    Ok(Value::Object(vm.alloc_object(
        Some(proto),
        ObjectKind::StringIterator {
            string,
            position: 0,
        },
    )))
}
