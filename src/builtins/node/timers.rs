//! `node:timers` (the global timer functions, and `promises`) and
//! `node:timers/promises`, written in JavaScript (`timers.js`) over the globals.

use super::load_source;
use crate::runtime::Value;
use crate::vm::{JsResult, Vm};

/// Both modules' exports, from one run of the source (`timers.promises` is the very
/// `timers/promises` object).
fn both(vm: &mut Vm) -> JsResult<Value> {
    const KEY: &str = "internal/timers";
    if let Some(&both) = vm.modules.builtins.get(KEY) {
        return Ok(both);
    }
    let both = load_source(vm, "timers", include_str!("timers.js"))?;
    vm.modules.builtins.insert(KEY, both);
    Ok(both)
}

/// Builds `require('timers')`.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    let both = both(vm)?;
    vm.get_named(both, "timers")
}

/// Builds `require('timers/promises')`.
pub fn load_promises(vm: &mut Vm) -> JsResult<Value> {
    let both = both(vm)?;
    vm.get_named(both, "promises")
}
