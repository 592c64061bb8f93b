//! `node:readline` and `node:readline/promises`, written in JavaScript
//! (`readline.js`) over any stream with 'data' and 'end' events: `process.stdin`
//! and `fs.createReadStream` (src/builtins/node/fs.js).

use super::load_source;
use crate::runtime::Value;
use crate::vm::{JsResult, Vm};

/// Builds `require('readline')`.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "readline", include_str!("readline.js"))
}

/// Builds `require('readline/promises')`: `readline.promises`.
pub fn load_promises(vm: &mut Vm) -> JsResult<Value> {
    let readline = crate::modules::cjs::builtin(vm, "readline")?.unwrap_or(Value::Undefined);
    vm.get_named(readline, "promises")
}
