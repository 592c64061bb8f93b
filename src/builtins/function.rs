//! `Function` and `Function.prototype` (call, apply, bind, toString, `Symbol.hasInstance`).

use super::{arg, constructor, hide_from_stacks, method, symbol_method};
use crate::runtime::object::{BoundFunction, CONFIGURABLE, PropertyKey};
use crate::runtime::{ObjectKind, Value};
use crate::vm::{ErrorKind, JsError, JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.function_prototype;
    vm.define_named(proto, "length", Value::Number(0.0), CONFIGURABLE);
    let empty = Value::String(vm.heap.alloc_str(""));
    vm.define_named(proto, "name", empty, CONFIGURABLE);

    // %ThrowTypeError%: a frozen function guarding `caller` and `arguments`.
    let thrower = vm.native_function("", 0, |vm, _, _| {
        Err(vm.type_error(
            "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
        ))
    });
    vm.freeze(thrower);
    vm.realm.throw_type_error = thrower;
    for name in ["arguments", "caller"] {
        let key = vm.key(name);
        vm.define_accessor(proto, key, Some(thrower), Some(thrower), CONFIGURABLE);
    }

    constructor(vm, "Function", 1, function_ctor, Some(function_ctor), proto);
    // `apply` and `call` hand the call on without a frame of their own in V8.
    let apply = method(vm, proto, "apply", 2, apply);
    hide_from_stacks(vm, apply);
    vm.realm.function_apply = apply;
    method(vm, proto, "bind", 1, bind);
    let call = method(vm, proto, "call", 1, call);
    hide_from_stacks(vm, call);
    vm.realm.function_call = call;
    method(vm, proto, "toString", 0, to_string);
    let has_instance = vm.realm.symbol_has_instance;
    let f = symbol_method(
        vm,
        proto,
        has_instance,
        "[Symbol.hasInstance]",
        1,
        |vm, this, args| Ok(Value::Bool(vm.ordinary_has_instance(this, arg(args, 0))?)),
    );
    // Not writable, enumerable or configurable, so subclasses cannot change `instanceof`
    // by assignment.
    vm.define_value(
        proto,
        PropertyKey::Symbol(has_instance),
        Value::Object(f),
        0,
    );
}

/// `Function(...)` and `new Function(...)`: code generation from strings is disabled.
fn function_ctor(_vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Err(JsError::Native(
        ErrorKind::EvalError,
        "Code generation from strings disallowed for this context".into(),
    ))
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

/// `Function.prototype.bind` (BoundFunctionCreate plus the `length` and `name` steps).
fn bind(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // 2. If IsCallable(Target) is false, throw a TypeError exception.
    let Value::Object(target) = this else {
        return Err(vm.type_error("Bind must be called on a function"));
    };
    if !vm.is_callable(this) {
        return Err(vm.type_error("Bind must be called on a function"));
    }
    let bound_args = args.get(1..).unwrap_or(&[]).to_vec();
    let proto = vm.get_prototype_of(target)?;
    let n_bound = bound_args.len() as f64;
    let f = vm.alloc_object(
        proto,
        ObjectKind::Bound(BoundFunction {
            target,
            this: arg(args, 0),
            args: bound_args,
        }),
    );
    // 5-6. The length is the target's own numeric length minus the bound arguments.
    let length_key = vm.key("length");
    let mut len = 0.0;
    if vm.get_own_property(target, length_key)?.is_some()
        && let Value::Number(n) = vm.get(this, length_key)?
    {
        len = if n == f64::INFINITY {
            f64::INFINITY
        } else if n == f64::NEG_INFINITY || n.is_nan() {
            0.0
        } else {
            (n.trunc() - n_bound).max(0.0)
        };
    }
    vm.define_named(f, "length", Value::Number(len), CONFIGURABLE);
    // 7-8. SetFunctionName(F, targetName, "bound").
    // The name is a rope over the target's, so a chain of n binds holds n short
    // pieces, not n copies of an ever longer "bound bound ..." text.
    let name = match vm.get_named(this, "name")? {
        name @ Value::String(_) => name,
        _ => Value::String(vm.heap.alloc_str("")),
    };
    let prefix = Value::String(vm.heap.alloc_str("bound "));
    let bound_name = vm.add(prefix, name)?;
    vm.define_named(f, "name", bound_name, CONFIGURABLE);
    Ok(Value::Object(f))
}

/// `Function.prototype.toString`: the source text for JavaScript functions, a
/// NativeFunction text for built-in and bound ones.
pub(crate) fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
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
        // V8 shows neither a bound function's name nor a proxy's.
        ObjectKind::Bound(_) => "function () { [native code] }".to_string(),
        ObjectKind::Proxy(p) if p.callable => "function () { [native code] }".to_string(),
        ObjectKind::Native(_) => {
            // The initial name of a built-in: read without running getters.
            let key = vm.key("name");
            let name = match vm.peek_own_property(o, key).map(|p| p.slot) {
                Some(crate::runtime::object::Slot::Data(Value::String(s))) => {
                    vm.heap.to_rust_string(s)
                }
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
