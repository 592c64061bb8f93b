//! `console`: log/info/debug write to stdout, warn/error to stderr.

use super::method;
use crate::runtime::Value;
use crate::runtime::object::METHOD_ATTRS;
use crate::vm::{JsResult, Vm};
use std::io::Write;

pub fn install(vm: &mut Vm) {
    let console = vm.new_object();
    let global = vm.realm.global;
    vm.define_named(global, "console", Value::Object(console), METHOD_ATTRS);
    for name in ["log", "info", "debug"] {
        method(vm, console, name, 0, log);
    }
    for name in ["error", "warn"] {
        method(vm, console, name, 0, error);
    }
}

/// The arguments joined by spaces.
fn format_args(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    let mut parts = Vec::with_capacity(args.len());
    for &a in args {
        parts.push(vm.to_rust_string(a)?);
    }
    Ok(parts.join(" "))
}

fn log(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = format_args(vm, args)?;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    Ok(Value::Undefined)
}

fn error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = format_args(vm, args)?;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
    Ok(Value::Undefined)
}
