//! `node:assert` and `node:assert/strict`, written in JavaScript (`assert.js`): the
//! AssertionError messages and diffs are built from `util.inspect` output, as in
//! Node's lib/assert.js and lib/internal/assert/.

use super::load_source;
use crate::runtime::Value;
use crate::vm::{JsResult, Vm};

/// Builds `require('assert')`: the `ok` function carrying the other checks.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "assert", include_str!("assert.js"))
}

/// Builds `require('assert/strict')`: `assert.strict`.
pub fn load_strict(vm: &mut Vm) -> JsResult<Value> {
    let assert = crate::modules::cjs::builtin(vm, "assert")?.unwrap_or(Value::Undefined);
    vm.get_named(assert, "strict")
}
