//! `node:util` and `node:util/types`: `format` and `inspect` are the console's own
//! formatter (src/runtime/inspect.rs) reached from Rust; the type checks read
//! internal slots, which only native code sees; the rest (promisify, callbackify,
//! inherits, deprecate, isDeepStrictEqual, parseArgs) is JavaScript in `util.js`.

use super::load_source;
use crate::builtins::binary::ElementKind;
use crate::builtins::{arg, method};
use crate::compiler::bytecode::TemplateKind;
use crate::runtime::inspect::{self, InspectOptions};
use crate::runtime::object::DEFAULT_ATTRS;
use crate::runtime::{ObjRef, ObjectKind, Value};
use crate::vm::{JsResult, Vm};

/// Builds `require('util')`.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "util", include_str!("util.js"))
}

/// Builds `require('util/types')`: the same object as `util.types`.
pub fn load_types(vm: &mut Vm) -> JsResult<Value> {
    let util = crate::modules::cjs::builtin(vm, "util")?.unwrap_or(Value::Undefined);
    vm.get_named(util, "types")
}

/// `require('internal/parse_args')`: util.parseArgs, loaded when first called.
pub fn parse_args(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "internal/parse_args", include_str!("parse_args.js"))
}

/// `require('internal/comparisons')`: the deep equality `util` and `assert` share.
pub fn comparisons(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "internal/comparisons", include_str!("comparisons.js"))
}

/// `require('internal/util')` inside the sources.
pub fn internals(vm: &mut Vm) -> JsResult<Value> {
    let o = vm.new_object();
    method(vm, o, "inspect", 2, |vm, _, args| {
        let options = options_from(vm, arg(args, 1))?;
        let text = inspect::inspect_checked(vm, arg(args, 0), &options)?;
        Ok(Value::String(vm.heap.alloc_str(&text)))
    });
    method(vm, o, "format", 0, |vm, _, args| {
        let text = inspect::format_log_args(vm, args)?;
        Ok(Value::String(vm.heap.alloc_str(&text)))
    });
    method(vm, o, "formatWithOptions", 1, |vm, _, args| {
        let options = options_from(vm, arg(args, 0))?;
        let rest = args.get(1..).unwrap_or(&[]);
        let text = inspect::format_with_options(vm, &options, rest)?;
        Ok(Value::String(vm.heap.alloc_str(&text)))
    });
    method(vm, o, "invalidArgType", 3, |vm, _, args| {
        let name = vm.to_rust_string(arg(args, 0))?;
        let expected = vm.to_rust_string(arg(args, 1))?;
        let received = crate::builtins::timers::received_text(vm, arg(args, 2));
        // Node's wording: a dotted name is a property of an argument, and a name
        // that already says "argument" stands as it is.
        let subject = if name.ends_with(" argument") {
            name
        } else if name.contains('.') {
            format!("\"{name}\" property")
        } else {
            format!("\"{name}\" argument")
        };
        let message = format!("The {subject} must be {expected}. Received {received}");
        let error = super::error_with_code(
            vm,
            crate::vm::ErrorKind::TypeError,
            "ERR_INVALID_ARG_TYPE",
            &message,
        );
        Ok(vm.error_value(error))
    });
    // The text of a script file, for assert.ok's message quoting the failed call
    // (Node reads the file again too); undefined when it cannot be read.
    method(vm, o, "sourceText", 1, |vm, _, args| {
        let filename = vm.to_rust_string(arg(args, 0))?;
        Ok(match std::fs::read_to_string(&filename) {
            Ok(text) => Value::String(vm.heap.alloc_str(&text)),
            Err(_) => Value::Undefined,
        })
    });
    let types = types_object(vm);
    vm.define_named(o, "types", Value::Object(types), DEFAULT_ATTRS);
    Ok(Value::Object(o))
}

/// A number option: a count, or no limit for `Infinity` and `null`.
fn limit(vm: &mut Vm, v: Value, default: usize) -> JsResult<usize> {
    Ok(match v {
        Value::Undefined => default,
        Value::Null => usize::MAX,
        v => {
            let n = vm.to_number(v)?;
            if n.is_nan() {
                default
            } else if n >= usize::MAX as f64 {
                usize::MAX
            } else {
                n.max(0.0) as usize
            }
        }
    })
}

/// Reads `util.inspect`'s options object (already merged with the defaults and the
/// legacy positional arguments by `util.js`).
fn options_from(vm: &mut Vm, v: Value) -> JsResult<InspectOptions> {
    let mut options = InspectOptions::default();
    let Value::Object(_) = v else {
        return Ok(options);
    };
    options.depth = match vm.get_named(v, "depth")? {
        Value::Undefined => options.depth,
        Value::Null => None,
        d => {
            let n = vm.to_number(d)?;
            if n == f64::INFINITY {
                None
            } else if n.is_nan() {
                options.depth
            } else {
                Some(n.max(-1.0) as i64)
            }
        }
    };
    let flag = |vm: &mut Vm, name: &str, default: bool| -> JsResult<bool> {
        Ok(match vm.get_named(v, name)? {
            Value::Undefined => default,
            x => vm.to_boolean(x),
        })
    };
    options.show_hidden = flag(vm, "showHidden", false)?;
    options.show_proxy = flag(vm, "showProxy", false)?;
    options.sorted = flag(vm, "sorted", false)?;
    options.getters = flag(vm, "getters", false)?;
    options.custom_inspect = flag(vm, "customInspect", true)?;
    let n = vm.get_named(v, "maxArrayLength")?;
    options.max_array_length = limit(vm, n, options.max_array_length)?;
    let n = vm.get_named(v, "maxStringLength")?;
    options.max_string_length = limit(vm, n, options.max_string_length)?;
    let n = vm.get_named(v, "breakLength")?;
    options.break_length = limit(vm, n, options.break_length)?;
    match vm.get_named(v, "compact")? {
        Value::Bool(true) => options.compact_legacy = true,
        Value::Bool(false) => options.compact = 0,
        Value::Undefined => {}
        n => options.compact = limit(vm, n, options.compact)?,
    }
    Ok(options)
}

/// The object behind a value, seen through no proxy.
fn object_kind(vm: &Vm, v: Value) -> Option<&ObjectKind> {
    match v {
        Value::Object(o) => Some(&vm.heap.obj(o).kind),
        _ => None,
    }
}

/// The template flags of an ordinary (non-class) function: (async, generator).
fn function_flags(vm: &Vm, v: Value) -> Option<(bool, bool)> {
    match object_kind(vm, v)? {
        ObjectKind::Function(c)
            if !matches!(c.template.kind, TemplateKind::ClassConstructor { .. }) =>
        {
            Some((c.template.is_async, c.template.is_generator))
        }
        _ => None,
    }
}

/// One `util.types` check: whether the value's internal kind matches.
type Check = fn(&Vm, Value) -> bool;

/// `util.types`, in Node's order for the checks jsloop has objects for.
const TYPE_CHECKS: &[(&str, Check)] = &[
    ("isDate", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Date(_)))
    }),
    ("isArgumentsObject", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Arguments(_)))
    }),
    ("isAsyncFunction", |vm, v| {
        function_flags(vm, v).is_some_and(|(a, _)| a)
    }),
    ("isBigIntObject", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::BigInt(_)))
    }),
    ("isBooleanObject", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Boolean(_)))
    }),
    ("isGeneratorFunction", |vm, v| {
        function_flags(vm, v).is_some_and(|(_, g)| g)
    }),
    ("isGeneratorObject", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Generator(_)))
    }),
    ("isMap", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Map(_)))
    }),
    ("isMapIterator", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::MapIterator(_)))
    }),
    ("isModuleNamespaceObject", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::ModuleNamespace(_)))
    }),
    ("isNativeError", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Error { .. }))
    }),
    ("isNumberObject", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Number(_)))
    }),
    ("isPromise", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Promise(_)))
    }),
    ("isProxy", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Proxy(_)))
    }),
    ("isRegExp", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::RegExp { .. }))
    }),
    ("isSet", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Set(_)))
    }),
    ("isSetIterator", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::SetIterator(_)))
    }),
    ("isStringObject", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::String(_)))
    }),
    ("isSymbolObject", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::Symbol(_)))
    }),
    ("isWeakMap", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::WeakMap(_)))
    }),
    ("isWeakSet", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::WeakSet(_)))
    }),
    (
        "isArrayBuffer",
        |vm, v| matches!(object_kind(vm, v), Some(ObjectKind::ArrayBuffer(b)) if !b.shared),
    ),
    ("isDataView", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::DataView(_)))
    }),
    (
        "isSharedArrayBuffer",
        |vm, v| matches!(object_kind(vm, v), Some(ObjectKind::ArrayBuffer(b)) if b.shared),
    ),
    ("isAnyArrayBuffer", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::ArrayBuffer(_)))
    }),
    ("isArrayBufferView", |vm, v| {
        matches!(
            object_kind(vm, v),
            Some(ObjectKind::TypedArray(_) | ObjectKind::DataView(_))
        )
    }),
    ("isTypedArray", |vm, v| {
        matches!(object_kind(vm, v), Some(ObjectKind::TypedArray(_)))
    }),
    // One check per element type, in Node's order.
    ("isUint8Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Uint8)
    }),
    ("isUint8ClampedArray", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Uint8Clamped)
    }),
    ("isUint16Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Uint16)
    }),
    ("isUint32Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Uint32)
    }),
    ("isInt8Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Int8)
    }),
    ("isInt16Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Int16)
    }),
    ("isInt32Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Int32)
    }),
    ("isFloat16Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Float16)
    }),
    ("isFloat32Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Float32)
    }),
    ("isFloat64Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::Float64)
    }),
    ("isBigInt64Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::BigInt64)
    }),
    ("isBigUint64Array", |vm, v| {
        is_typed_array_of(vm, v, ElementKind::BigUint64)
    }),
    ("isBoxedPrimitive", |vm, v| {
        matches!(
            object_kind(vm, v),
            Some(
                ObjectKind::Boolean(_)
                    | ObjectKind::Number(_)
                    | ObjectKind::String(_)
                    | ObjectKind::Symbol(_)
                    | ObjectKind::BigInt(_)
            )
        )
    }),
];

/// Whether `v` is a typed array with elements of `kind`.
fn is_typed_array_of(vm: &Vm, v: Value, kind: ElementKind) -> bool {
    matches!(object_kind(vm, v), Some(ObjectKind::TypedArray(t)) if t.kind == kind)
}

/// `util.types`: one native per check, each finding its check by its own name.
fn types_object(vm: &mut Vm) -> ObjRef {
    let o = vm.new_object();
    for (i, &(name, _)) in TYPE_CHECKS.iter().enumerate() {
        let f = vm.native_function_with(
            name,
            1,
            |vm, _, args| {
                let Some(f) = vm.running_native() else {
                    return Ok(Value::Bool(false));
                };
                let index = match vm.captures(f).first() {
                    Some(&Value::Number(i)) => i as usize,
                    _ => return Ok(Value::Bool(false)),
                };
                let check = TYPE_CHECKS[index].1;
                Ok(Value::Bool(check(vm, arg(args, 0))))
            },
            None,
            vec![Value::Number(i as f64)],
        );
        vm.define_named(o, name, Value::Object(f), DEFAULT_ATTRS);
    }
    o
}
