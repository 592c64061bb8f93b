//! `node:async_hooks`, written in JavaScript (`async_hooks.js`) over the loop's
//! async ids: the id of the callback running now, and fresh ids for resources.

use super::load_source;
use crate::builtins::{arg, method};
use crate::runtime::Value;
use crate::vm::{JsResult, Vm};

/// Builds `require('async_hooks')`.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "async_hooks", include_str!("async_hooks.js"))
}

/// `require('internal/async_ids')` inside the sources.
pub fn internals(vm: &mut Vm) -> JsResult<Value> {
    let o = vm.new_object();
    method(vm, o, "executionAsyncId", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.execution_async_id))
    });
    method(vm, o, "newAsyncId", 0, |vm, _, _| {
        Ok(Value::Number(vm.event_loop.new_async_id()))
    });
    // Makes `id` the running callback's id (a resource's `runInAsyncScope`); returns
    // the one it replaces, for the way back.
    method(vm, o, "enter", 1, |vm, _, args| {
        let Value::Number(id) = arg(args, 0) else {
            return Ok(Value::Undefined);
        };
        let prior = std::mem::replace(&mut vm.event_loop.execution_async_id, id);
        Ok(Value::Number(prior))
    });
    Ok(Value::Object(o))
}
