//! `Error` and the native error constructors, `Error.prototype.toString` and the lazily
//! formatted `stack`.

use super::{arg, constructor, method};
use crate::runtime::object::{CONFIGURABLE, METHOD_ATTRS};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{ErrorKind, JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let error_proto = vm.new_object();
    vm.realm.error_prototype = error_proto;
    let error_ctor = install_kind(vm, ErrorKind::Error, error_proto, None);
    method(vm, error_proto, "toString", 0, to_string);
    method(vm, error_ctor, "captureStackTrace", 1, capture_stack_trace);
    let get = vm.native_function("get stack", 0, stack_get);
    let set = vm.native_function("set stack", 1, stack_set);
    let key = vm.key("stack");
    vm.define_accessor(error_proto, key, Some(get), Some(set), CONFIGURABLE);
    for kind in [
        ErrorKind::TypeError,
        ErrorKind::RangeError,
        ErrorKind::ReferenceError,
        ErrorKind::SyntaxError,
        ErrorKind::EvalError,
        ErrorKind::URIError,
    ] {
        let proto = vm.alloc_object(Some(error_proto), ObjectKind::Ordinary);
        match kind {
            ErrorKind::TypeError => vm.realm.type_error_prototype = proto,
            ErrorKind::RangeError => vm.realm.range_error_prototype = proto,
            ErrorKind::ReferenceError => vm.realm.reference_error_prototype = proto,
            ErrorKind::SyntaxError => vm.realm.syntax_error_prototype = proto,
            ErrorKind::EvalError => vm.realm.eval_error_prototype = proto,
            ErrorKind::URIError => vm.realm.uri_error_prototype = proto,
            ErrorKind::Error => unreachable!("installed above"),
        }
        install_kind(vm, kind, proto, Some(error_ctor));
    }
}

/// Installs one error constructor; native errors inherit from `Error`.
fn install_kind(vm: &mut Vm, kind: ErrorKind, proto: ObjRef, parent: Option<ObjRef>) -> ObjRef {
    let (call, construct): (
        crate::runtime::object::NativeFn,
        crate::runtime::object::NativeFn,
    ) = match kind {
        ErrorKind::Error => (
            |vm, _, a| make(vm, ErrorKind::Error, Value::Undefined, a),
            |vm, nt, a| make(vm, ErrorKind::Error, nt, a),
        ),
        ErrorKind::TypeError => (
            |vm, _, a| make(vm, ErrorKind::TypeError, Value::Undefined, a),
            |vm, nt, a| make(vm, ErrorKind::TypeError, nt, a),
        ),
        ErrorKind::RangeError => (
            |vm, _, a| make(vm, ErrorKind::RangeError, Value::Undefined, a),
            |vm, nt, a| make(vm, ErrorKind::RangeError, nt, a),
        ),
        ErrorKind::ReferenceError => (
            |vm, _, a| make(vm, ErrorKind::ReferenceError, Value::Undefined, a),
            |vm, nt, a| make(vm, ErrorKind::ReferenceError, nt, a),
        ),
        ErrorKind::SyntaxError => (
            |vm, _, a| make(vm, ErrorKind::SyntaxError, Value::Undefined, a),
            |vm, nt, a| make(vm, ErrorKind::SyntaxError, nt, a),
        ),
        ErrorKind::EvalError => (
            |vm, _, a| make(vm, ErrorKind::EvalError, Value::Undefined, a),
            |vm, nt, a| make(vm, ErrorKind::EvalError, nt, a),
        ),
        ErrorKind::URIError => (
            |vm, _, a| make(vm, ErrorKind::URIError, Value::Undefined, a),
            |vm, nt, a| make(vm, ErrorKind::URIError, nt, a),
        ),
    };
    let ctor = constructor(vm, kind.name(), 1, call, Some(construct), proto);
    if let Some(p) = parent {
        vm.heap.obj_mut(ctor).proto = Some(p);
    }
    let name = Value::String(vm.heap.alloc_str(kind.name()));
    vm.define_named(proto, "name", name, METHOD_ATTRS);
    let empty = Value::String(vm.heap.alloc_str(""));
    vm.define_named(proto, "message", empty, METHOD_ATTRS);
    ctor
}

/// `new Error(message, { cause })` (and the call form, which behaves the same).
fn make(vm: &mut Vm, kind: ErrorKind, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let default = vm.error_prototype(kind);
    let proto = match new_target {
        Value::Object(_) => {
            let p = vm.get_named(new_target, "prototype")?;
            p.as_object().unwrap_or(default)
        }
        _ => default,
    };
    let frames = vm.stack_frames_text();
    let obj = vm.alloc_object(Some(proto), ObjectKind::Error { frames });
    let message = arg(args, 0);
    if !message.is_undefined() {
        let m = vm.to_string(message)?;
        vm.define_named(obj, "message", Value::String(m), METHOD_ATTRS);
    }
    let options = arg(args, 1);
    if let Value::Object(o) = options {
        let key = vm.key("cause");
        if vm.has_property(o, key) {
            let cause = vm.get(options, key)?;
            vm.define_named(obj, "cause", cause, METHOD_ATTRS);
        }
    }
    Ok(Value::Object(obj))
}

/// `Error.prototype.toString`
fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if !matches!(this, Value::Object(_)) {
        return Err(vm.type_error("Error.prototype.toString requires that 'this' be an Object"));
    }
    let text = error_header(vm, this)?;
    Ok(Value::String(vm.heap.alloc_str(&text)))
}

/// `name: message` as Error.prototype.toString forms it.
pub fn error_header(vm: &mut Vm, err: Value) -> JsResult<String> {
    let name = vm.get_named(err, "name")?;
    let name = if name.is_undefined() {
        "Error".to_string()
    } else {
        vm.to_rust_string(name)?
    };
    let message = vm.get_named(err, "message")?;
    let message = if message.is_undefined() {
        String::new()
    } else {
        vm.to_rust_string(message)?
    };
    Ok(match (name.is_empty(), message.is_empty()) {
        (true, _) => message,
        (_, true) => name,
        _ => format!("{name}: {message}"),
    })
}

/// The `stack` getter: the header from the error's current name and message, then the
/// frames captured at construction.
fn stack_get(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = this else {
        return Ok(Value::Undefined);
    };
    let ObjectKind::Error { frames } = &vm.heap.obj(o).kind else {
        return Ok(Value::Undefined);
    };
    let frames = frames.clone();
    let header = error_header(vm, this)?;
    let text = format!("{header}{frames}");
    let s = Value::String(vm.heap.alloc_str(&text));
    // Later reads see the same string, as in V8.
    vm.define_named(o, "stack", s, METHOD_ATTRS);
    Ok(s)
}

fn stack_set(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if let Value::Object(o) = this {
        vm.define_named(o, "stack", arg(args, 0), METHOD_ATTRS);
    }
    Ok(Value::Undefined)
}

/// `Error.captureStackTrace(obj)`: gives `obj` a `stack` for the current frames.
fn capture_stack_trace(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    let Value::Object(o) = target else {
        return Err(vm.type_error("Invalid argument"));
    };
    let frames = vm.stack_frames_text();
    let header = error_header(vm, target)?;
    let s = Value::String(vm.heap.alloc_str(&format!("{header}{frames}")));
    vm.define_named(o, "stack", s, METHOD_ATTRS);
    Ok(Value::Undefined)
}
