//! `Error` and the native error constructors, `Error.prototype.toString` and the lazily
//! formatted `stack`.

use super::{arg, constructor, method};
use crate::runtime::object::{DEFAULT_ATTRS, METHOD_ATTRS, Property, PropertyKey, Slot, WRITABLE};
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{ErrorKind, JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let error_proto = vm.new_object();
    vm.realm.error_prototype = error_proto;
    let error_ctor = install_kind(vm, ErrorKind::Error, error_proto, None);
    method(vm, error_proto, "toString", 0, to_string);
    vm.realm.error_constructor = error_ctor;
    method(vm, error_ctor, "captureStackTrace", 2, capture_stack_trace);
    // Error.stackTraceLimit: how many frames a stack shows (V8's default is 10).
    vm.define_named(
        error_ctor,
        "stackTraceLimit",
        Value::Number(10.0),
        DEFAULT_ATTRS,
    );
    // Every error gets an own `stack` accessor; V8's pair is anonymous.
    vm.realm.error_stack_getter = vm.native_function("", 0, stack_get);
    vm.realm.error_stack_setter = vm.native_function("", 1, stack_set);
    vm.realm.error_stack_key = vm.heap.alloc_symbol(crate::runtime::heap::Symbol {
        description: None,
        registered: false,
        private: true,
    });
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
        vm.heap.obj_mut(ctor).set_proto(Some(p));
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
    let frames = vm.capture_stack(error_stack_skip(vm, new_target));
    let obj = vm.alloc_error(proto, frames);
    let message = arg(args, 0);
    if !message.is_undefined() {
        let m = vm.to_string(message)?;
        vm.define_named(obj, "message", Value::String(m), METHOD_ATTRS);
    }
    let options = arg(args, 1);
    if let Value::Object(o) = options {
        let key = vm.key("cause");
        if vm.has_property(o, key)? {
            let cause = vm.get(options, key)?;
            vm.define_named(obj, "cause", cause, METHOD_ATTRS);
        }
    }
    Ok(Value::Object(obj))
}

/// Where an error constructor's stack starts (V8's ErrorUtils::Construct): after the
/// innermost frame of `new.target`, which leaves out the constructor itself and those
/// of subclasses calling `super`, so the stack starts where `new` was written; the call
/// form (no `new.target`) leaves out the constructor.
pub fn error_stack_skip(vm: &Vm, new_target: Value) -> Option<ObjRef> {
    match new_target {
        Value::Object(nt) if vm.heap.obj(nt).is_callable() => Some(nt),
        _ => vm.running_native(),
    }
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

/// The object a `stack` accessor reads: `this` or the nearest prototype with
/// `[[ErrorData]]` or a stack from `Error.captureStackTrace` (V8 reads the holder of
/// the accessor).
fn stack_holder(vm: &Vm, this: Value) -> Option<ObjRef> {
    let captured = PropertyKey::Private(vm.realm.error_stack_key);
    let mut cur = this.as_object();
    while let Some(o) = cur {
        let obj = vm.heap.obj(o);
        if matches!(obj.kind, ObjectKind::Error { .. }) || obj.props.contains_key(&captured) {
            return Some(o);
        }
        cur = obj.proto;
    }
    None
}

/// The stack `Error.captureStackTrace` gave `o`, which is not an error.
fn captured_stack(vm: &mut Vm, o: ObjRef) -> Option<&mut Value> {
    let captured = PropertyKey::Private(vm.realm.error_stack_key);
    match vm.heap.obj_mut(o).props.get_mut(&captured) {
        Some(Property {
            slot: Slot::Data(v),
            ..
        }) => Some(v),
        _ => None,
    }
}

/// The `stack` getter: the value assigned to `stack`, or the header from the error's
/// current name and message followed by the frames captured at construction (formatted
/// once: later reads see the same string, as in V8).
fn stack_get(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let Some(o) = stack_holder(vm, this) else {
        return Ok(Value::Undefined);
    };
    let ObjectKind::Error { frames, stack, .. } = &vm.heap.obj(o).kind else {
        return Ok(captured_stack(vm, o).map_or(Value::Undefined, |v| *v));
    };
    if let Some(v) = stack {
        return Ok(*v);
    }
    let Some(frames) = frames.clone() else {
        return Ok(Value::Undefined);
    };
    let header = error_header(vm, Value::Object(o))?;
    let text = Value::String(vm.heap.alloc_str(&format!("{header}{frames}")));
    set_error_stack(vm, o, text);
    Ok(text)
}

/// The `stack` setter: the error keeps the value, and so does the nearest object with
/// a captured stack; another receiver gets an own data property.
fn stack_set(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let value = arg(args, 0);
    match this {
        Value::Object(o) if matches!(vm.heap.obj(o).kind, ObjectKind::Error { .. }) => {
            set_error_stack(vm, o, value);
        }
        Value::Object(o) => match stack_holder(vm, this).and_then(|h| captured_stack(vm, h)) {
            Some(stack) => *stack = value,
            None => vm.define_named(o, "stack", value, DEFAULT_ATTRS),
        },
        _ => {}
    }
    Ok(Value::Undefined)
}

fn set_error_stack(vm: &mut Vm, o: ObjRef, value: Value) {
    if let ObjectKind::Error { stack, .. } = &mut vm.heap.obj_mut(o).kind {
        *stack = Some(value);
    }
}

/// `Error.captureStackTrace(obj, fn)`: gives `obj` a `stack` for the current frames,
/// starting below the innermost call of `fn` when given (nothing when `fn` is not
/// running), else below `captureStackTrace` itself.
fn capture_stack_trace(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    let Value::Object(o) = target else {
        // V8's message for it, as it is.
        return Err(vm.type_error("invalid_argument"));
    };
    let skip_until = match arg(args, 1) {
        Value::Object(f) if vm.heap.obj(f).is_callable() => Some(f),
        _ => vm.running_native(),
    };
    let frames = vm.capture_stack(skip_until);
    if let ObjectKind::Error {
        frames: f, stack, ..
    } = &mut vm.heap.obj_mut(o).kind
    {
        // An error keeps its own `stack` accessor, which formats the new frames.
        *f = frames;
        *stack = None;
        return Ok(Value::Undefined);
    }
    let stack = match frames {
        Some(frames) => {
            let header = error_header(vm, target)?;
            Value::String(vm.heap.alloc_str(&format!("{header}{frames}")))
        }
        None => Value::Undefined,
    };
    // V8 gives the object the accessors errors have, which read the text kept under a
    // private key.
    let key = vm.key("stack");
    let (get, set) = (vm.realm.error_stack_getter, vm.realm.error_stack_setter);
    let accessors = crate::vm::Descriptor {
        value: None,
        get: Some(Some(get)),
        set: Some(Some(set)),
        writable: None,
        enumerable: Some(false),
        configurable: Some(true),
    };
    if !vm.define_own_property(o, key, accessors)? {
        return Err(vm.type_error("Cannot define property stack, object is not extensible"));
    }
    let captured = PropertyKey::Private(vm.realm.error_stack_key);
    let obj = vm.heap.obj_mut(o);
    obj.props.insert(captured, Property::data(stack, WRITABLE));
    Ok(Value::Undefined)
}
