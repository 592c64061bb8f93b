//! Node's built-in modules (`require('path')`, `import path from 'node:path'`): one
//! registry of names, each with the function that builds its exports the first time
//! it is loaded.

pub mod path;

use crate::runtime::object::DEFAULT_ATTRS;
use crate::runtime::{ObjRef, Value};
use crate::vm::{JsError, JsResult, Vm};

/// Builds a built-in module's exports.
pub type Loader = fn(&mut Vm) -> JsResult<Value>;

/// The built-in modules by name (without the `node:` prefix). Adding one is a file with
/// a `load` function and a line here.
pub const REGISTRY: &[(&str, Loader)] = &[("path", path::load)];

/// The loader of built-in module `name`, which may carry the `node:` prefix (every
/// built-in may be named with it; none here requires it).
pub fn lookup(name: &str) -> Option<(&'static str, Loader)> {
    let bare = name.strip_prefix("node:").unwrap_or(name);
    REGISTRY
        .iter()
        .find(|(n, _)| *n == bare)
        .map(|&(n, load)| (n, load))
}

/// A fresh object for a module's exports.
fn exports_object(vm: &mut Vm) -> ObjRef {
    vm.new_object()
}

/// Argument `v` as a string, or Node's ERR_INVALID_ARG_TYPE naming it `name`.
fn string_arg(vm: &mut Vm, v: Value, name: &str) -> JsResult<String> {
    match v {
        Value::String(s) => Ok(vm.heap.to_rust_string(s)),
        _ => {
            let message = invalid_arg_text(vm, name, "string", v);
            Err(error_with_code(
                vm,
                crate::vm::ErrorKind::TypeError,
                "ERR_INVALID_ARG_TYPE",
                &message,
            ))
        }
    }
}

/// Node's wording of ERR_INVALID_ARG_TYPE.
fn invalid_arg_text(vm: &mut Vm, name: &str, expected: &str, v: Value) -> String {
    let received = crate::builtins::timers::received_text(vm, v);
    format!("The \"{name}\" argument must be of type {expected}. Received {received}")
}

/// An error of `kind` with Node's `code` property, thrown.
pub fn error_with_code(
    vm: &mut Vm,
    kind: crate::vm::ErrorKind,
    code: &str,
    message: &str,
) -> JsError {
    let e = vm.new_error(kind, message);
    let code = Value::String(vm.heap.alloc_str(code));
    vm.define_named(e, "code", code, DEFAULT_ATTRS);
    JsError::Thrown(Value::Object(e))
}
