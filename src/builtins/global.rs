//! The global object's own functions and values: `globalThis`, `print`, `NaN`,
//! `Infinity`, `undefined`.

use super::{arg, method};
use crate::runtime::Value;
use crate::runtime::object::{METHOD_ATTRS, WRITABLE};
use crate::vm::{JsResult, Vm};
use std::io::Write;

pub fn install(vm: &mut Vm) {
    let global = vm.realm.global;
    vm.define_named(global, "globalThis", Value::Object(global), METHOD_ATTRS);
    vm.define_named(global, "NaN", Value::Number(f64::NAN), 0);
    vm.define_named(global, "Infinity", Value::Number(f64::INFINITY), 0);
    vm.define_named(global, "undefined", Value::Undefined, 0);
    method(vm, global, "print", 1, print);
    let _ = WRITABLE;
}

/// `print(x)`: writes `String(x)` and a newline to stdout (the test262 harness uses it).
fn print(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let text = vm.to_rust_string(arg(args, 0))?;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
    Ok(Value::Undefined)
}
