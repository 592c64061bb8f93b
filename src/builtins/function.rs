//! `Function` and `Function.prototype` (call, apply, bind, toString).

use super::{arg, method};
use crate::runtime::object::{BoundFunction, CONFIGURABLE};
use crate::runtime::{ObjectKind, Value};
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.function_prototype;
    vm.define_named(proto, "length", Value::Number(0.0), CONFIGURABLE);
    let empty = Value::String(vm.heap.alloc_str(""));
    vm.define_named(proto, "name", empty, CONFIGURABLE);
    method(vm, proto, "call", 1, call);
    method(vm, proto, "apply", 2, apply);
    method(vm, proto, "bind", 1, bind);
    method(vm, proto, "toString", 0, to_string);
}

fn call(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if !vm.is_callable(this) {
        return Err(vm.type_error("Function.prototype.call called on non-function"));
    }
    let rest = args.get(1..).unwrap_or(&[]);
    vm.call(this, arg(args, 0), rest)
}

fn apply(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if !vm.is_callable(this) {
        return Err(
            vm.type_error("Function.prototype.apply was called on , which is not a function")
        );
    }
    let list = arg(args, 1);
    let values = if list.is_nullish() {
        Vec::new()
    } else {
        vm.array_like_to_vec(list)?
    };
    vm.call(this, arg(args, 0), &values)
}

fn bind(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let Value::Object(target) = this else {
        return Err(vm.type_error("Bind must be called on a function"));
    };
    if !vm.is_callable(this) {
        return Err(vm.type_error("Bind must be called on a function"));
    }
    let bound_args = args.get(1..).unwrap_or(&[]).to_vec();
    let proto = vm.heap.obj(target).proto;
    let n_bound = bound_args.len() as f64;
    let f = vm.alloc_object(
        proto,
        ObjectKind::Bound(BoundFunction {
            target,
            this: arg(args, 0),
            args: bound_args,
        }),
    );
    let len = match vm.get_named(this, "length")? {
        Value::Number(n) => (n - n_bound).max(0.0),
        _ => 0.0,
    };
    vm.define_named(f, "length", Value::Number(len), CONFIGURABLE);
    let name = match vm.get_named(this, "name")? {
        Value::String(s) => vm.heap.to_rust_string(s),
        _ => String::new(),
    };
    let bound_name = Value::String(vm.heap.alloc_str(&format!("bound {name}")));
    vm.define_named(f, "name", bound_name, CONFIGURABLE);
    Ok(Value::Object(f))
}

/// `Function.prototype.toString`: the source text for JavaScript functions.
fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = this else {
        return Err(vm.type_error("Function.prototype.toString requires that 'this' be a Function"));
    };
    let text = match &vm.heap.obj(o).kind {
        ObjectKind::Function(c) => {
            let t = &c.template;
            let span = t.span;
            t.source
                .text
                .get(span.start as usize..span.end as usize)
                .unwrap_or("")
                .to_string()
        }
        ObjectKind::Native(_) | ObjectKind::Bound(_) => {
            let name = match vm.get_named(this, "name")? {
                Value::String(s) => vm.heap.to_rust_string(s),
                _ => String::new(),
            };
            format!("function {name}() {{ [native code] }}")
        }
        _ => {
            return Err(
                vm.type_error("Function.prototype.toString requires that 'this' be a Function")
            );
        }
    };
    Ok(Value::String(vm.heap.alloc_str(&text)))
}
