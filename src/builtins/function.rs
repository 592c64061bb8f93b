//! `Function` and `Function.prototype` (call, apply, bind, toString, `Symbol.hasInstance`).

use super::{arg, constructor, hide_from_stacks, method, symbol_method};
use crate::runtime::object::{BoundFunction, CONFIGURABLE, PropertyKey};
use crate::runtime::realm::Realm;
use crate::runtime::{ObjRef, ObjectKind, Value};
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

    // Its kind is the first of `DYNAMIC_KINDS`, as for any constructor without one.
    constructor(
        vm,
        "Function",
        1,
        dynamic_function_call,
        Some(dynamic_function_construct),
        proto,
    );
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

/// The intrinsic prototype of a kind of function (when new.target has none).
type FallbackPrototype = fn(&Realm) -> ObjRef;

/// The kinds of function CreateDynamicFunction makes, by the constructor's captured
/// number: `Function`, `GeneratorFunction`, `AsyncFunction`, `AsyncGeneratorFunction`.
const DYNAMIC_KINDS: [(&str, FallbackPrototype); 4] = [
    ("function", |r| r.function_prototype),
    ("function*", |r| r.generator_function_prototype),
    ("async function", |r| r.async_function_prototype),
    ("async function*", |r| r.async_generator_function_prototype),
];

/// Makes the constructor of one kind of function (`DYNAMIC_KINDS[kind]`): called or
/// constructed, it compiles its arguments into a new function.
pub fn dynamic_function_constructor(vm: &mut Vm, name: &str, kind: usize) -> ObjRef {
    vm.native_function_with(
        name,
        1,
        dynamic_function_call,
        Some(dynamic_function_construct),
        vec![Value::Number(kind as f64)],
    )
}

/// `Function(...)`: as `new Function(...)` with the constructor as new.target.
fn dynamic_function_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let ctor = vm.running_native().map_or(Value::Undefined, Value::Object);
    dynamic_function_construct(vm, ctor, args)
}

/// `new Function(p1, ..., body)` (20.2.1.1.1 CreateDynamicFunction).
fn dynamic_function_construct(vm: &mut Vm, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let kind = match vm.running_native().map(|f| vm.captures(f).first().copied()) {
        Some(Some(Value::Number(k))) => k as usize,
        _ => 0,
    };
    let (prefix, fallback) = DYNAMIC_KINDS[kind.min(DYNAMIC_KINDS.len() - 1)];
    // 8-12. The parameters joined with commas, then the body, each ToString'd in order.
    let (body_arg, param_args) = match args.split_last() {
        Some((body, params)) => (*body, params),
        None => (Value::Undefined, &[][..]),
    };
    let mut params = Vec::new();
    for p in param_args {
        params.push(vm.to_rust_string(*p)?);
    }
    let params = params.join(",");
    let body = if body_arg.is_undefined() {
        String::new()
    } else {
        vm.to_rust_string(body_arg)?
    };
    // 13-20. The parameters and the body must each parse on their own, so that
    // neither can close the other early (`Function("/*", "*/){")`); V8's words.
    let syntax_error =
        |d: crate::diagnostics::Diagnostic| JsError::Native(ErrorKind::SyntaxError, d.message);
    let early = |message: &str| JsError::Native(ErrorKind::SyntaxError, message.into());
    let head = format!("{prefix} anonymous(");
    let params_end = (head.len() + params.len()) as u32;
    match crate::parser::parse_with(&format!("{head}{params}\n) {{\n}}"), false) {
        Ok(p) if p.body.len() == 1 => {}
        Ok(_) => return Err(early("Arg string terminates parameters early")),
        // A comment or string left open runs past the parameters.
        Err(d) if d.span.end > params_end && d.message == "Invalid or unexpected token" => {
            return Err(early("Unexpected end of arg string"));
        }
        Err(d) if d.span.start >= params_end && params.contains(')') => {
            return Err(early("Arg string terminates parameters early"));
        }
        Err(d) => return Err(syntax_error(d)),
    }
    let body_alone = format!("{head}\n) {{\n{body}\n}}");
    match crate::parser::parse_with(&body_alone, false) {
        Ok(p) if p.body.len() == 1 => {}
        Ok(_) => return Err(early("Single function literal required")),
        // The body closed the function, and what follows cannot go on from there.
        Err(d)
            if body_alone
                .get(..d.span.start as usize)
                .is_some_and(|before| crate::parser::parse_with(before, false).is_ok()) =>
        {
            return Err(early("Single function literal required"));
        }
        Err(d) => return Err(syntax_error(d)),
    }
    let text = format!("{head}{params}\n) {{\n{body}\n}}");
    let program = crate::parser::parse_with(&text, false).map_err(syntax_error)?;
    let source = std::rc::Rc::new(crate::compiler::bytecode::Source {
        name: "<anonymous>".into(),
        text,
        eval_origin: Some(vm.eval_origin()),
    });
    let template =
        crate::compiler::compile_dynamic_function(&program, source, &mut vm.heap, &mut vm.globals)
            .map_err(syntax_error)?;
    // 21-22. The prototype comes from new.target.
    let proto = vm.prototype_from_constructor(new_target, fallback)?;
    let f = vm.make_closure(template, None, None);
    vm.heap.obj_mut(f).set_proto(Some(proto));
    Ok(Value::Object(f))
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
        return Err(super::reflect::apply_non_function(vm, this));
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
