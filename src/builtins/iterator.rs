//! %IteratorPrototype%, %ArrayIteratorPrototype% and %StringIteratorPrototype%.

use super::{method, symbol_method};
use crate::runtime::object::{CONFIGURABLE, PropertyKey};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let iterator_prototype = vm.new_object();
    vm.realm.iterator_prototype = iterator_prototype;
    let sym = vm.realm.symbol_iterator;
    symbol_method(
        vm,
        iterator_prototype,
        sym,
        "[Symbol.iterator]",
        0,
        |_, this, _| Ok(this),
    );

    let array_iter = vm.alloc_object(Some(iterator_prototype), ObjectKind::Ordinary);
    vm.realm.array_iterator_prototype = array_iter;
    let next = method(vm, array_iter, "next", 0, array_iterator_next);
    vm.realm.array_iterator_next = next;
    tag(vm, array_iter, "Array Iterator");

    let string_iter = vm.alloc_object(Some(iterator_prototype), ObjectKind::Ordinary);
    vm.realm.string_iterator_prototype = string_iter;
    method(vm, string_iter, "next", 0, string_iterator_next);
    tag(vm, string_iter, "String Iterator");
}

/// Sets `Symbol.toStringTag` on a prototype.
pub fn tag(vm: &mut Vm, o: ObjRef, name: &str) {
    let s = vm.heap.alloc_str(name);
    let key = PropertyKey::Symbol(vm.realm.symbol_to_string_tag);
    vm.define_value(o, key, Value::String(s), CONFIGURABLE);
}

/// `{ value, done }`
pub fn iter_result(vm: &mut Vm, value: Value, done: bool) -> Value {
    let o = vm.new_object();
    let vk = vm.key("value");
    let dk = vm.key("done");
    let _ = vm.create_data_property(o, vk, value);
    let _ = vm.create_data_property(o, dk, Value::Bool(done));
    Value::Object(o)
}

fn array_iterator_next(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let it = match this {
        Value::Object(o) if matches!(vm.heap.obj(o).kind, ObjectKind::ArrayIterator(_)) => o,
        _ => {
            let shown = vm.describe_for_error(this);
            return Err(vm.type_error(format!(
                "Method Array Iterator.prototype.next called on incompatible receiver {shown}"
            )));
        }
    };
    Ok(match vm.array_iterator_step(it)? {
        Some(v) => iter_result(vm, v, false),
        None => iter_result(vm, Value::Undefined, true),
    })
}

fn string_iterator_next(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let Value::Object(it) = this else {
        return Err(
            vm.type_error("Method String Iterator.prototype.next called on incompatible receiver")
        );
    };
    let ObjectKind::StringIterator { string, position } = vm.heap.obj(it).kind else {
        return Err(
            vm.type_error("Method String Iterator.prototype.next called on incompatible receiver")
        );
    };
    let units = vm.heap.flatten(string);
    let pos = position as usize;
    if pos >= units.len() {
        return Ok(iter_result(vm, Value::Undefined, true));
    }
    let first = units[pos];
    let width = if (0xD800..0xDC00).contains(&first)
        && units
            .get(pos + 1)
            .is_some_and(|c| (0xDC00..0xE000).contains(c))
    {
        2
    } else {
        1
    };
    let piece = units[pos..pos + width].to_vec();
    if let ObjectKind::StringIterator { position, .. } = &mut vm.heap.obj_mut(it).kind {
        *position += width as u32;
    }
    let s = vm.heap.alloc_units(piece);
    Ok(iter_result(vm, Value::String(s), false))
}
