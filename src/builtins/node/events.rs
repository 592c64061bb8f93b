//! `node:events`: the EventEmitter class and its `once`/`on` helpers, written in
//! JavaScript (`events.js`) over the native listener methods of
//! `src/builtins/events.rs`, which `process` shares.

use super::load_source;
use crate::runtime::Value;
use crate::runtime::object::DEFAULT_ATTRS;
use crate::vm::{JsResult, Vm};

/// Builds `require('events')`: the EventEmitter constructor itself.
pub fn load(vm: &mut Vm) -> JsResult<Value> {
    load_source(vm, "events", include_str!("events.js"))
}

/// `require('internal/events')` inside the sources: the prototype the class adopts.
pub fn internals(vm: &mut Vm) -> JsResult<Value> {
    let o = vm.new_object();
    let proto = Value::Object(vm.realm.event_emitter_prototype);
    vm.define_named(o, "prototype", proto, DEFAULT_ATTRS);
    Ok(Value::Object(o))
}
